package org.selfeval.document;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Report;

/**
 * How a report is turned into a document.
 *
 * @param placeholders          false (print, export): a section with nothing in it gets no heading and
 *                              its later siblings are numbered on; true (preview while writing): it keeps
 *                              its heading and shows {@link #PLACEHOLDER}
 * @param previous              last year's report, for the year-on-year chart when the builder makes the
 *                              charts itself; empty = none
 * @param overThresholdPercent  the "超过预期指标 p% 以上" threshold; null = the report's regional profile's
 */
public record DocumentOptions(boolean placeholders, Optional<Report> previous, BigDecimal overThresholdPercent) {
    public static final String PLACEHOLDER = "（本部分尚未填写）";
    /** For printing and export. */
    public static final DocumentOptions PRINT = new DocumentOptions(false, Optional.empty(), null);
    /** For the live preview. */
    public static final DocumentOptions PREVIEW = PRINT.withPlaceholders(true);

    public DocumentOptions {
        previous = previous == null ? Optional.empty() : previous;
    }

    public DocumentOptions withPlaceholders(boolean value) {
        return new DocumentOptions(value, previous, overThresholdPercent);
    }

    public DocumentOptions withPrevious(Optional<Report> value) {
        return new DocumentOptions(placeholders, value, overThresholdPercent);
    }
}
