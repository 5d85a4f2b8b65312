package org.selfeval.recognise;

import java.math.BigDecimal;

/**
 * One figure a paragraph states, and what it is about.
 *
 * @param label   what the figure is about, without the words around it: "收入合计", "一般公共预算财政拨款收入",
 *                "设定三级指标", "行政编制"; for a {@link Kind#SHARE} the label of the amount it is a share of
 * @param kind    what it states
 * @param unit    the unit as written
 * @param value   the number in the canonical unit of its kind (万元 for every amount)
 * @param written the digits as written, e.g. "881300.39" or "78.17"
 * @param noun    for a count, the word after the unit ("2个中队" → "中队"); for a share, what it is a share
 *                of when the text says so ("占本年支出合计的31.45%" → "本年支出合计"); otherwise empty
 * @param start   where the figure's label starts in the normalised text
 * @param end     where the figure (and a count's noun) ends
 */
public record Figure(String label, Kind kind, Unit unit, BigDecimal value, String written, String noun, int start, int end) {
    /** Decimals as written: "100" → 0, "78.17" → 2. */
    public int decimals() {
        int dot = written.indexOf('.');
        return dot < 0 ? 0 : written.length() - dot - 1;
    }

    /** The figure as the text gives it, for messages: "881300.39 元", "78.17%", "37 人". */
    public String shown() {
        return unit == Unit.PERCENT ? written + "%" : written + " " + unit.written();
    }

    /** Whether the label is one of these words. */
    public boolean isAbout(java.util.Collection<String> labels) {
        return labels.contains(label);
    }
}
