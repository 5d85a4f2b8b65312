package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.export.SampleDocuments;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * A 自评表's 绩效指标 block (headings, indicator rows, 合计 to 改进措施, the signature line) does not run
 * over onto a page it barely fills: measured from the text on each continuation page of the sample
 * and of an invented report whose five forms have 0 to 16 indicators and top parts of every height.
 */
class PdfFormBlockTest {
    /** The landscape 版心's height: the page's short side less its top and bottom margins. */
    private static final float BLOCK = 595.28f - GbtLayout.LANDSCAPE_TOP - GbtLayout.LANDSCAPE_BOTTOM;

    @TempDir
    Path dir;

    @Test
    void theSamplesClosingRowsStayWithTheirTotal() throws Exception {
        PdfProbe probe = export(SampleDocuments.report().withDepartmentSheet(null));
        assertNoSparseContinuation(probe);
        for (int page = 1; page <= probe.pages(); page++) {
            if (text(probe, page).contains("改进措施")) {
                assertThat(text(probe, page)).as("page %d: 改进措施 printed with 合计", page).contains("合计");
            }
        }
    }

    @Test
    void fiveFormsOfEveryLengthLeaveNoNearlyEmptyPage() throws Exception {
        Report sample = SampleDocuments.report().withDepartmentSheet(null);
        Project model = sample.projects().stream().filter(p -> !p.indicators().isEmpty()).findFirst().orElseThrow();
        int[] counts = {0, 3, 7, 12, 16};
        List<Project> projects = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            List<Indicator> rows = new ArrayList<>();
            for (int i = 1; i <= counts[k]; i++) {
                rows.add(model.indicators().get(0).withLevel1(i % 2 == 0 ? "产出指标" : "效益指标").withLevel2("二级" + i)
                        .withName(String.format("测试指标%02d", i)).withWeight(new BigDecimal("2")));
            }
            String goal = "完成年度建设任务，提升服务质量。".repeat(4 + 9 * k);
            projects.add(model.withId("p" + k).withName("测试项目" + (k + 1)).withAnnualGoal(goal).withGoalCompletion(goal)
                    .withIndicators(rows));
        }
        assertNoSparseContinuation(export(sample.withProjects(projects)));
    }

    /**
     * Each continuation page (under a （续） line) either holds its form's whole 绩效指标 block — the
     * headings, 合计 and 改进措施 — or is filled at least a quarter of the 版心 from its first to its
     * last line.
     */
    private static void assertNoSparseContinuation(PdfProbe probe) {
        int continued = 0;
        for (int page = 1; page <= probe.pages(); page++) {
            if (!probe.landscape(page) || probe.lines(page, PdfProjectForms.CONTINUED_SIZE).isEmpty()) {
                continue;
            }
            continued++;
            String text = text(probe, page);
            assertThat(text).as("page %d holds more than the headings", page).contains("级指标");
            boolean wholeBlock = text.contains("一级指标") && text.contains("合计") && text.contains("改进措施");
            List<PdfProbe.Glyph> body = new ArrayList<>(probe.onPage(page, GbtLayout.FORM_SIZE));
            body.addAll(probe.onPage(page, GbtLayout.TABLE_SIZE));
            float top = (float) body.stream().mapToDouble(PdfProbe.Glyph::top).max().orElse(0);
            float bottom = (float) body.stream().mapToDouble(PdfProbe.Glyph::y).min().orElse(0);
            assertThat(wholeBlock || top - bottom >= SparseContinuation.SPARSE * BLOCK)
                    .as("page %d: %s…, filled %.0f pt of %.0f", page, text.substring(0, Math.min(40, text.length())),
                            top - bottom, BLOCK).isTrue();
        }
        assertThat(continued).as("some form runs over a page").isPositive();
    }

    private static String text(PdfProbe probe, int page) {
        return probe.onPage(page, GbtLayout.FORM_SIZE).stream().map(PdfProbe.Glyph::text).collect(Collectors.joining());
    }

    private PdfProbe export(Report report) throws Exception {
        return PdfProbe.exportWithRealFaces(report, dir.resolve("r.pdf"));
    }
}
