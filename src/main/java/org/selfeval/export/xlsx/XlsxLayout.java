package org.selfeval.export.xlsx;

/** Which 项目支出绩效自评表 the workbook's project sheets follow. */
public enum XlsxLayout {
    /** 四川省 部门预算项目支出绩效自评表, 报表编号 510000_0013zp (domain.md §1.2). */
    SICHUAN,
    /** 财预〔2020〕10号 附件 项目支出绩效自评表 (domain.md §1.1). */
    NATIONAL,
    /** The national form in Anhui's wording ({@link org.selfeval.profile.ProjectForm#ANHUI}). */
    ANHUI
}
