package org.selfeval.intake;

/** What kind of file an import read. */
public enum SourceKind {
    REPORT_FILE("报告文件"),
    FINAL_ACCOUNTS("部门决算表"),
    SELF_EVALUATION_WORKBOOK("项目支出绩效自评表"),
    PUBLISHED_REPORT("已发布的自评报告");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
