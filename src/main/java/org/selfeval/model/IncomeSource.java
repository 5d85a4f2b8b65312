package org.selfeval.model;

/** 收入来源, in the order the 收入 paragraph names them (决算 收入支出表). */
public enum IncomeSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算财政拨款收入"),
    GOVERNMENT_FUND("政府性基金预算财政拨款收入"),
    STATE_CAPITAL("国有资本经营预算财政拨款收入"),
    SUPERIOR_SUBSIDY("上级补助收入"),
    INSTITUTION_OPERATION("事业收入"),
    BUSINESS("经营收入"),
    AFFILIATED_REMITTANCE("附属单位上缴收入"),
    OTHER("其他收入");

    private final String label;

    IncomeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
