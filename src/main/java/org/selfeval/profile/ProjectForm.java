package org.selfeval.profile;

/**
 * The 项目支出绩效自评表 layouts the app prints and writes (domain.md §1.1, §1.2): the Sichuan form, and
 * the national form with its regional wordings.
 */
public enum ProjectForm {
    /** 四川省预算管理一体化系统 部门预算项目支出绩效自评表, 报表编号 510000_0013zp. */
    SICHUAN("", false),
    /** 财预〔2020〕10号《项目支出绩效评价管理办法》附件 项目支出绩效自评表. */
    NATIONAL("其中：当年财政拨款", false),
    /**
     * The national form as Anhui's system prints it (池州市贵池区 2022, domain.md S2): "其中：本年财政拨款",
     * and each 一级指标 cell with its points, "产出指标(50分)".
     */
    ANHUI("其中：本年财政拨款", true);

    private final String fiscalRow;
    private final boolean level1WithPoints;

    ProjectForm(String fiscalRow, boolean level1WithPoints) {
        this.fiscalRow = fiscalRow;
        this.level1WithPoints = level1WithPoints;
    }

    /** The label of the 财政拨款 row of a national-style form. */
    public String fiscalRow() {
        return fiscalRow;
    }

    /** Whether the 一级指标 cell carries the block's points, as "产出指标(50分)". */
    public boolean level1WithPoints() {
        return level1WithPoints;
    }

    /** Whether the form is the national grid (any of its wordings). */
    public boolean isNationalGrid() {
        return this != SICHUAN;
    }
}
