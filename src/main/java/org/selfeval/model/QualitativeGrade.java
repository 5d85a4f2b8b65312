package org.selfeval.model;

import java.math.BigDecimal;

/**
 * The three grades of a 定性 indicator and the share of its weight each allows
 * (财预〔2020〕10号; domain.md §1.3): 达成 80 %(含)–100 %, 部分达成 60 %(含)–80 %, 未达成 0–60 %.
 */
public enum QualitativeGrade {
    ACHIEVED("达成年度指标", new BigDecimal("0.80"), BigDecimal.ONE),
    PARTIALLY_ACHIEVED("部分达成年度指标并具有一定效果", new BigDecimal("0.60"), new BigDecimal("0.80")),
    NOT_ACHIEVED("未达成年度指标且效果较差", BigDecimal.ZERO, new BigDecimal("0.60"));

    private final String label;
    private final BigDecimal lowShare;
    private final BigDecimal highShare;

    QualitativeGrade(String label, BigDecimal lowShare, BigDecimal highShare) {
        this.label = label;
        this.lowShare = lowShare;
        this.highShare = highShare;
    }

    public String label() {
        return label;
    }

    /** Lowest share of the weight in this band (inclusive). */
    public BigDecimal lowShare() {
        return lowShare;
    }

    /** Highest share of the weight in this band (inclusive only for ACHIEVED). */
    public BigDecimal highShare() {
        return highShare;
    }
}
