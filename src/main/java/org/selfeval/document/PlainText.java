package org.selfeval.document;

import java.util.List;

/**
 * The document as plain text, one block per line: headings with their numbers, run-in headings in
 * front of their paragraph, tables as tab-separated rows, charts by title. For tests, the command
 * line and quick comparison with a report's text.
 */
public final class PlainText {
    private PlainText() {
    }

    public static String render(ReportDocument doc) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append(doc.title()).append('\n');
        for (Block b : doc.blocks()) {
            line(sb, b);
        }
        List<String> att = doc.attachments();
        for (int i = 0; i < att.size(); i++) {
            sb.append(i == 0 ? "附件：" : "      ").append(att.size() > 1 ? (i + 1) + "." : "").append(att.get(i)).append('\n');
        }
        if (!doc.signature().isEmpty()) {
            sb.append(doc.signature()).append('\n');
        }
        if (doc.date() != null) {
            sb.append(doc.date().getYear()).append('年').append(doc.date().getMonthValue()).append('月')
                    .append(doc.date().getDayOfMonth()).append("日\n");
        }
        return sb.toString();
    }

    /** One block as text, without a line end for headings and paragraphs. */
    public static String of(Block b) {
        StringBuilder sb = new StringBuilder(128);
        line(sb, b);
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static void line(StringBuilder sb, Block b) {
        if (b instanceof Heading h) {
            sb.append(h.text());
        } else if (b instanceof Paragraph p) {
            if (p.runIn() != null) {
                sb.append(p.runIn().text());
            }
            sb.append(p.text());
        } else if (b instanceof Table t) {
            sb.append("[表] ").append(t.caption()).append('\n').append(String.join("\t", t.header()));
            for (List<String> row : t.rows()) {
                sb.append('\n').append(String.join("\t", row));
            }
        } else if (b instanceof ChartBlock c) {
            sb.append("[图] ").append(c.chart().title());
        }
        sb.append('\n');
    }
}
