package org.selfeval.recognise;

/** What a figure states. */
public enum Kind {
    /** A sum of money (元, 万元, 亿元), read in 万元. */
    AMOUNT,
    /** A percentage that is not a share or a change: a rate such as 执行率 or 完成预算. */
    PERCENT,
    /** "占p%": the share of the amount before it. */
    SHARE,
    /** An amount or percentage of change: 增长 / 下降 / 增加 / 减少 … */
    CHANGE,
    /** People or posts: N人, N名. */
    HEADCOUNT,
    /** A count of things: N个, N项, N类, N家. */
    COUNT,
    /** A score: N分. */
    SCORE
}
