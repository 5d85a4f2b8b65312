package org.selfeval.document;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.charts.ChartSet;
import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.profile.OutlinePart;
import org.selfeval.profile.OutlineSection;
import org.selfeval.profile.RegionalProfile;

/**
 * Builds the printed report from a {@link Report} in the outline of its regional profile
 * ({@link RegionalProfile#outline()}: the seed's outline for Sichuan, domain.md §2.2; another for
 * Hunan), numbering every heading itself (so §5 items 7 and 18 cannot happen). Run-in headings as in
 * the seed: the heading's title ends with "。" and the paragraph text follows on the same line. Prose
 * fields use the clerk's text when there is one and the generated text otherwise ({@link Narrative});
 * what each part prints is {@link OutlineParts}. Signature = the department's full name; date =
 * {@link Report#reportDate()}.
 */
public final class ReportDocumentBuilder {
    private ReportDocumentBuilder() {
    }

    /** The document for printing and export (empty sections left out). */
    public static ReportDocument build(Report report) {
        return build(report, DocumentOptions.PRINT);
    }

    public static ReportDocument build(Report report, DocumentOptions options) {
        return build(report, options, options.overThresholdPercent() == null ? Narrative.of(report)
                        : Narrative.of(report, options.overThresholdPercent()),
                ChartSet.of(report, options.previous()));
    }

    /**
     * With the narrative and the charts the caller has already made for the same report (the window
     * shows them too), so a refresh computes each once.
     */
    public static ReportDocument build(Report report, DocumentOptions options, Narrative narrative, ChartSet charts) {
        OutlineParts parts = new OutlineParts(report, narrative, charts);
        List<Block> blocks = new ArrayList<>(64);
        int n = 0;
        for (OutlineSection chapter : RegionalProfile.forId(report.profile()).outline().chapters()) {
            if (section(chapter, parts).emit(1, n + 1, options.placeholders(), blocks)) {
                n++;
            }
        }
        return new ReportDocument(report.title(), blocks,
                org.selfeval.narrative.AttachmentLines.printed(report, narrative.attachments()),
                report.department().fullName(), report.reportDate());
    }

    private static Section section(OutlineSection outline, OutlineParts parts) {
        Section s = outline.runIn() ? Section.runIn(outline.title()) : Section.heading(outline.title());
        for (OutlinePart part : outline.parts()) {
            parts.fill(part, s);
        }
        for (OutlineSection child : outline.sections()) {
            s.child(section(child, parts));
        }
        return s;
    }
}
