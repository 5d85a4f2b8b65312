package org.selfeval.audit;

import java.util.List;
import org.selfeval.model.Report;

/** A rule that compares what paragraphs say with the report's figures, and tells which it could compare. */
public interface ReadsText {
    /**
     * One paragraph the rule reads.
     *
     * @param location the paragraph's field
     * @param text     the paragraph as written
     * @param compared whether the rule found a figure in it that it compares with the report's figures
     */
    record Read(Location location, String text, boolean compared) {
    }

    /** Every paragraph of the report this rule reads; a generated paragraph (null) is not read. */
    List<Read> reads(Report report);
}
