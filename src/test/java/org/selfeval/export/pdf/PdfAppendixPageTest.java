package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.document.AuditAppendix;
import org.selfeval.document.ReportDocument;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;

/** "附：审核说明" comes after the body's 附件 line, 署名 and date, at the top of a portrait page. */
class PdfAppendixPageTest {
    private static final String NOTE = "该项目资金系年底追加，次年一季度完成支付";
    private static final String APPENDIX = AuditAppendix.LABEL + AuditAppendix.TITLE;

    @TempDir
    Path dir;

    @Test
    void theAppendixStartsAtTheTopOfAPageAfterTheSignatureAndDate() throws Exception {
        Report sample = SampleDocuments.report().withDepartmentSheet(null); // the project forms alone
        Finding finding = Auditor.standard().audit(sample).get(0);
        Report noted = sample.withFindingNotes(List.of(new FindingNote(finding.key(), NOTE)));
        ReportDocument laidOut = AuditAppendix.layout(false).apply(noted);
        LocalDate dated = laidOut.date() != null ? laidOut.date() : LocalDate.of(2024, 3, 15);
        ReportDocument doc = new ReportDocument(laidOut.title(), laidOut.blocks(), laidOut.attachments(),
                laidOut.signature(), dated);
        assertThat(AuditAppendix.start(doc.blocks())).isLessThan(doc.blocks().size());
        assertThat(doc.signature()).isNotEmpty();
        assertThat(doc.attachments()).isNotEmpty();

        PdfExporter exporter = new PdfExporter(r -> doc, FontLocator.forThisMachine());
        assumeFalse(exporter.fontChoices().values().stream().anyMatch(FontChoice::isBuiltIn),
                "本机没有可嵌入的中文字体（只有 STSong-Light），跳过版面检查");
        Path pdf = dir.resolve("r.pdf");
        exporter.export(noted, pdf);
        PdfProbe probe = PdfProbe.read(pdf);

        LocalDate d = doc.date();
        String attachmentLine = "附件：" + (doc.attachments().size() > 1 ? "1." : "") + doc.attachments().get(0);
        int attachment = pageOf(probe, attachmentLine.substring(0, Math.min(attachmentLine.length(), 20)));
        int signature = pageOf(probe, doc.signature());
        int date = pageOf(probe, d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        int appendix = pageOf(probe, APPENDIX);
        assertThat(attachment).isLessThanOrEqualTo(signature);
        assertThat(signature).isLessThanOrEqualTo(date);
        assertThat(appendix).isGreaterThan(date);
        assertThat(probe.landscape(appendix)).isFalse();

        Map.Entry<Integer, String> first = probe.lines(appendix, GbtLayout.BODY_SIZE).entrySet().iterator().next();
        assertThat(first.getValue()).isEqualTo(APPENDIX);
        float top = probe.onPage(appendix, GbtLayout.BODY_SIZE).stream().map(PdfProbe.Glyph::top).max(Float::compare)
                .orElseThrow();
        float blockTop = probe.pageSizes.get(appendix - 1)[1] - GbtLayout.TOP;
        assertThat(top).isLessThanOrEqualTo(blockTop + 1).isGreaterThan(blockTop - GbtLayout.LEADING);
        String rest = String.join("", probe.lines(appendix, GbtLayout.BODY_SIZE).values());
        assertThat(rest).contains(NOTE.substring(0, 8)).contains(finding.ruleId());
    }

    /** The only page holding a body-size line that starts with the text. */
    private static int pageOf(PdfProbe probe, String text) {
        List<Integer> pages = IntStream.rangeClosed(1, probe.pages()).filter(p -> probe.lines(p, GbtLayout.BODY_SIZE)
                .values().stream().anyMatch(l -> l.strip().startsWith(text))).boxed().toList();
        assertThat(pages).as("pages with the line %s", text).hasSize(1);
        return pages.get(0);
    }
}
