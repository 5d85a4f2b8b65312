package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.export.ProjectFormGrid;
import org.selfeval.export.SampleDocuments;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** A 自评表 longer than one landscape page repeats the 绩效指标 headings and names its project. */
class PdfFormPagesTest {
    private static final String[] HEADINGS = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
        "权重", "得分", "未完成原因分析"};

    @TempDir
    Path dir;

    @Test
    void everyPageOfAFortyRowFormHasTheHeadingRowAndTheContinuationLine() throws Exception {
        Report sample = SampleDocuments.report().withDepartmentSheet(null); // the project forms alone
        Project first = sample.projects().stream().filter(p -> !p.indicators().isEmpty()).findFirst().orElseThrow();
        Indicator model = first.indicators().get(0);
        List<Indicator> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(model.withLevel1(i <= 20 ? "产出指标" : "效益指标").withLevel2("二级" + (i - 1) / 5)
                    .withName(String.format("测试指标%02d", i)).withWeight(new BigDecimal("2")));
        }
        Project big = first.withIndicators(rows);
        PdfProbe probe = export(sample.withProjects(List.of(big)));

        List<Integer> formPages = IntStream.rangeClosed(1, probe.pages()).filter(probe::landscape).boxed().toList();
        assertThat(formPages).hasSizeGreaterThanOrEqualTo(2);
        int seen = 0;
        for (int page : formPages) {
            float heading = headingRowTop(probe, page);
            List<PdfProbe.Glyph> names = rowNames(probe, page);
            if (page == formPages.get(formPages.size() - 1) && names.isEmpty()) {
                // the closing rows kept with the signature line may stand alone under the headings
                assertThat(probe.lines(page, GbtLayout.FORM_SIZE).values()).as("page %d", page).anyMatch(l -> l.contains("改进措施"));
            } else {
                assertThat(names).as("page %d has indicator rows", page).isNotEmpty();
            }
            assertThat(names).as("page %d: headings above every row", page).allMatch(g -> g.top() < heading - 1);
            seen += names.size();
            if (page != formPages.get(0)) {
                String line = probe.lines(page, PdfProjectForms.CONTINUED_SIZE).values().stream().findFirst().orElse("");
                assertThat(line).as("page %d", page).isEqualTo(PdfProjectForms.CONTINUED + big.name());
                float continuedY = probe.onPage(page, PdfProjectForms.CONTINUED_SIZE).get(0).y();
                assertThat(continuedY).isGreaterThan(heading);
            }
        }
        assertThat(seen).as("every indicator row printed once").isEqualTo(40);
    }

    @Test
    void theSamplesSecondProjectRepeatsTheHeadingsOnItsSecondPage() throws Exception {
        Report sample = SampleDocuments.report().withDepartmentSheet(null); // the project forms alone
        PdfProbe probe = export(sample);
        int firstLandscape = IntStream.rangeClosed(1, probe.pages()).filter(probe::landscape).findFirst().orElseThrow();
        for (int page = firstLandscape; page <= probe.pages(); page++) {
            String text = probe.onPage(page, GbtLayout.FORM_SIZE).stream().map(PdfProbe.Glyph::text).collect(Collectors.joining());
            if (!text.contains("项目名称")) {
                headingRowTop(probe, page);
                assertThat(probe.lines(page, PdfProjectForms.CONTINUED_SIZE).values()).hasSize(1)
                        .allMatch(l -> l.startsWith(PdfProjectForms.CONTINUED));
            }
        }
        assertThat(probe.pages() - firstLandscape + 1).isGreaterThan(sample.projects().size());
    }

    private PdfProbe export(Report report) throws Exception {
        return PdfProbe.exportWithRealFaces(report, dir.resolve("r.pdf"));
    }

    /**
     * Finds the heading row on a page (the lines within half a line of 一级指标, cells being centred) and
     * reads it cell by cell: each line's glyphs in runs without gaps (cells are padded apart), a run
     * under an earlier run joining its cell. The ten headings must come out in order, left to right.
     * Returns the top of 一级指标.
     */
    private static float headingRowTop(PdfProbe probe, int page) {
        List<PdfProbe.Glyph> glyphs = probe.onPage(page, GbtLayout.FORM_SIZE);
        PdfProbe.Glyph anchor = glyphs.stream().filter(g -> g.text().equals("一")).filter(g -> glyphs.stream()
                .anyMatch(h -> h.text().equals("级") && Math.abs(h.y() - g.y()) < 0.5f && Math.abs(h.x() - g.right()) < 1f))
                .max(Comparator.comparing(PdfProbe.Glyph::y)).orElse(null);
        assertThat(anchor).as("page %d has 一级指标", page).isNotNull();
        List<PdfProbe.Glyph> band = glyphs.stream().filter(g -> Math.abs(g.y() - anchor.y()) < 9f)
                .sorted(Comparator.comparing((PdfProbe.Glyph g) -> -Math.round(g.y())).thenComparing(PdfProbe.Glyph::x))
                .toList();
        List<float[]> spans = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        List<PdfProbe.Glyph> run = new ArrayList<>();
        for (int i = 0; i <= band.size(); i++) {
            PdfProbe.Glyph g = i < band.size() ? band.get(i) : null;
            PdfProbe.Glyph last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && (g == null || Math.round(g.y()) != Math.round(last.y()) || g.x() - last.right() > 1f)) {
                float from = run.get(0).x();
                float to = last.right();
                float centre = (from + to) / 2;
                String text = run.stream().map(PdfProbe.Glyph::text).collect(Collectors.joining());
                int cell = IntStream.range(0, spans.size())
                        .filter(k -> centre > spans.get(k)[0] && centre < spans.get(k)[1]).findFirst().orElse(-1);
                if (cell < 0) {
                    spans.add(new float[] {from, to});
                    cells.add(new StringBuilder(text));
                } else {
                    cells.get(cell).append(text);
                }
                run.clear();
            }
            if (g != null) {
                run.add(g);
            }
        }
        // a form without indicator rows has its block label (绩效指标（90分）) in the heading row itself
        List<String> read = IntStream.range(0, cells.size()).boxed().sorted(Comparator.comparing(k -> spans.get(k)[0]))
                .map(k -> cells.get(k).toString()).filter(c -> !c.startsWith("绩效指标")).toList();
        assertThat(read).as("page %d heading row", page).containsExactly(HEADINGS);
        return anchor.top();
    }

    /** The first glyph of each row named 测试指标NN on a page. */
    private static List<PdfProbe.Glyph> rowNames(PdfProbe probe, int page) {
        List<PdfProbe.Glyph> glyphs = probe.onPage(page, GbtLayout.FORM_SIZE);
        return glyphs.stream().filter(g -> g.text().equals("测")).filter(g -> glyphs.stream()
                .anyMatch(h -> h.text().equals("试") && Math.abs(h.y() - g.y()) < 0.5f && Math.abs(h.x() - g.right()) < 1f))
                .toList();
    }
}
