package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.Block;
import org.selfeval.document.Heading;
import org.selfeval.document.Paragraph;
import org.selfeval.document.ReportDocument;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.Report;

/** The 署名 and date never stand alone on a page; a one-character last line is pulled back. */
class PdfPaginationTest {
    private static final String SIGNATURE = "乐山市营商环境服务管理局";
    private static final String LINE = "按照绩效管理工作要求认真开展自评工作";

    @TempDir
    Path dir;

    @Test
    void theSignatureAndDateShareAPageWithTheLastParagraphWhereverThePageEnds() throws Exception {
        // one-line paragraphs, one more each time: somewhere the body ends on a page's last lines
        int fullest = 0;
        List<Integer> movedWithRoomLeft = new ArrayList<>();
        for (int n = 14; n <= 24; n++) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Heading(1, "一、", "部门基本情况"));
            for (int i = 0; i < n; i++) {
                blocks.add(new Paragraph(null, LINE + i));
            }
            PdfProbe probe = export(new ReportDocument("测试报告", blocks, List.of("测试附件"), SIGNATURE, LocalDate.of(2024, 3, 8)));
            int signature = pageOf(probe, SIGNATURE);
            assertThat(pageOf(probe, "2024年3月8日")).isEqualTo(signature);
            assertThat(probe.lines(signature, GbtLayout.BODY_SIZE).values()).as("n = %d", n)
                    .anyMatch(l -> l.startsWith(LINE));
            int firstPage = probe.lines(1, GbtLayout.BODY_SIZE).size();
            fullest = Math.max(fullest, firstPage);
            if (pageOf(probe, LINE + (n - 1)) == 2) {
                movedWithRoomLeft.add(firstPage);
            }
        }
        int full = fullest;
        assertThat(movedWithRoomLeft).as("the last paragraph moved to the signature's page although its own had room")
                .anyMatch(lines -> lines < full);
    }

    @Test
    void aLoneLastCharacterIsPulledBackOntoTheLineAbove() throws Exception {
        // 2 characters of indent + 26, then 28, then the 55th character alone
        String text = "部".repeat(26 + 28) + "门。";
        PdfProbe probe = export(new ReportDocument("测试报告", List.of(new Paragraph(null, text)), List.of(), "", null));
        Map<Integer, String> lines = probe.lines(1, GbtLayout.BODY_SIZE);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines.values())).isEqualTo(text);
        List<PdfProbe.Glyph> last = probe.onPage(1, GbtLayout.BODY_SIZE).stream()
                .filter(g -> g.y() < probe.onPage(1, GbtLayout.BODY_SIZE).get(0).y() - 1).toList();
        float right = (float) last.stream().mapToDouble(PdfProbe.Glyph::right).max().orElseThrow();
        assertThat(right).as("inside the block").isLessThanOrEqualTo(GbtLayout.LEFT + GbtLayout.BLOCK_WIDTH + 0.5f);
    }

    @Test
    void aLastLineOfTwoCharactersIsLeftAlone() throws Exception {
        String text = "部".repeat(26 + 28) + "门类";
        PdfProbe probe = export(new ReportDocument("测试报告", List.of(new Paragraph(null, text)), List.of(), "", null));
        assertThat(probe.lines(1, GbtLayout.BODY_SIZE).values()).containsExactly("部".repeat(26), "部".repeat(28), "门类");
    }

    private PdfProbe export(ReportDocument doc) throws Exception {
        Report report = SampleDocuments.report().withProjects(List.of());
        PdfExporter exporter = new PdfExporter(r -> doc, FontLocator.forThisMachine());
        assumeFalse(exporter.fontChoices().values().stream().anyMatch(FontChoice::isBuiltIn),
                "本机没有可嵌入的中文字体（只有 STSong-Light），跳过版面检查");
        Path pdf = dir.resolve("r.pdf");
        exporter.export(report, pdf);
        return PdfProbe.read(pdf);
    }

    private static int pageOf(PdfProbe probe, String start) {
        return IntStream.rangeClosed(1, probe.pages()).filter(p -> probe.lines(p, GbtLayout.BODY_SIZE).values().stream()
                .anyMatch(l -> l.strip().startsWith(start))).findFirst().orElseThrow();
    }
}
