package org.selfeval.model;

/**
 * 资金来源 of a project's funds block. The first four are the Sichuan 510000_0013zp rows; the
 * national 财预〔2020〕10号 form shows 当年财政拨款 (= {@link #FISCAL}), 上年结转资金 and 其他资金.
 */
public enum FundSource {
    FISCAL("财政资金", "当年财政拨款"),
    SPECIAL_ACCOUNT("财政专户管理资金", "其他资金"),
    UNIT("单位资金", "其他资金"),
    OTHER("其他资金", "其他资金"),
    PRIOR_YEAR_CARRYOVER("上年结转资金", "上年结转资金");

    private final String sichuanLabel;
    private final String nationalLabel;

    FundSource(String sichuanLabel, String nationalLabel) {
        this.sichuanLabel = sichuanLabel;
        this.nationalLabel = nationalLabel;
    }

    public String sichuanLabel() {
        return sichuanLabel;
    }

    public String nationalLabel() {
        return nationalLabel;
    }
}
