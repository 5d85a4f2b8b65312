package org.selfeval.profile;

/** The 项目支出绩效自评表 layouts the app prints and writes (domain.md §1.1, §1.2). */
public enum ProjectForm {
    /** 四川省预算管理一体化系统 部门预算项目支出绩效自评表, 报表编号 510000_0013zp. */
    SICHUAN,
    /** 财预〔2020〕10号《项目支出绩效评价管理办法》附件 项目支出绩效自评表. */
    NATIONAL
}
