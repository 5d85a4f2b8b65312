package org.selfeval.edit;

import org.selfeval.audit.ChinesePunctuation;
import org.selfeval.audit.Finding;
import org.selfeval.audit.PunctuationRule;
import org.selfeval.model.Report;

/** 规范标点: the {@link ChinesePunctuation} fix applied to one paragraph or to all the clerk's prose. Pure. */
public final class PunctuationFix {
    private PunctuationFix() {
    }

    /** Whether {@link #field} can fix this finding. */
    public static boolean fixes(Finding finding) {
        return PunctuationRule.ID.equals(finding.ruleId());
    }

    /** The report with the paragraph at {@code path} corrected. */
    public static Report field(Report report, String path) {
        return ProseRewrite.apply(report, (at, text) -> at.equals(path) ? ChinesePunctuation.normalize(text) : text);
    }

    /** The report with every paragraph the clerk wrote corrected. */
    public static Report all(Report report) {
        return ProseRewrite.apply(report, (at, text) -> ChinesePunctuation.normalize(text));
    }
}
