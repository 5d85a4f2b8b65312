package org.selfeval.model;

/** 支出类别, in the order the 支出 paragraph names them. */
public enum ExpenditureCategory {
    BASIC("基本支出"),
    PROJECT("项目支出"),
    REMIT_TO_SUPERIOR("上缴上级支出"),
    BUSINESS("经营支出"),
    SUBSIDY_TO_AFFILIATED("对附属单位补助支出");

    private final String label;

    ExpenditureCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
