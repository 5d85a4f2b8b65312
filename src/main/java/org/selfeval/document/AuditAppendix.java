package org.selfeval.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes.NotedFinding;
import org.selfeval.audit.Severity;
import org.selfeval.model.Report;

/**
 * A builder step after {@link ReportDocumentBuilder}: appends "附：审核说明" to the body, one paragraph
 * per finding that carries the clerk's 说明 (rule, message, the note) and, when asked, the 错误 still
 * without one. Nothing is appended when there is nothing to list.
 */
public final class AuditAppendix {
    public static final String TITLE = "审核说明";
    public static final String LABEL = "附：";

    private AuditAppendix() {
    }

    /** Whether the report has any non-blank 说明 (the dialog's default for the appendix option). */
    public static boolean hasNotes(Report report) {
        return report.findingNotes().stream().anyMatch(n -> !n.text().isBlank());
    }

    /** The document layout of the exporters with the appendix, audited with the standard catalogue. */
    public static Function<Report, ReportDocument> layout(boolean unexplainedErrors) {
        Auditor auditor = Auditor.standard();
        return report -> append(ReportDocumentBuilder.build(report), auditor.auditWithNotes(report), unexplainedErrors);
    }

    public static ReportDocument append(ReportDocument document, List<NotedFinding> findings, boolean unexplainedErrors) {
        List<Block> entries = new ArrayList<>();
        int n = 0;
        for (NotedFinding f : findings) {
            String note = f.note().map(x -> x.text().strip()).orElse("");
            boolean listed = !note.isEmpty() || (unexplainedErrors && f.finding().severity() == Severity.ERROR);
            if (listed) {
                n++;
                entries.add(Paragraph.of(n + ". " + line(f.finding(), note)));
            }
        }
        if (entries.isEmpty()) {
            return document;
        }
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.add(new Heading(1, LABEL, TITLE));
        blocks.addAll(entries);
        return new ReportDocument(document.title(), blocks, document.attachments(), document.signature(), document.date());
    }

    /**
     * Where the appendix starts in a document's blocks (its "附：审核说明" heading), or the number of
     * blocks when there is none: writers print the body, the 附件 line, 署名 and date, then the
     * appendix from here on a page of its own.
     */
    public static int start(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.level() == 1 && LABEL.equals(h.label()) && TITLE.equals(h.title())) {
                return i;
            }
        }
        return blocks.size();
    }

    private static String line(Finding f, String note) {
        String where = f.location().chapter().isEmpty() ? "" : "（" + chapter(f.location().chapter()) + "）";
        String text = "〔" + f.ruleId() + " " + f.severity().label() + "〕" + where + strip(f.message());
        return note.isEmpty() ? text + "。说明：尚未说明。" : text + "。说明：" + note;
    }

    private static String chapter(String chapter) {
        return chapter.length() == 1 ? "第" + chapter + "部分" : chapter;
    }

    private static String strip(String message) {
        String m = message.strip();
        while (m.endsWith("。") || m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m;
    }
}
