package org.selfeval.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.FundSource;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.narrative.Figures;
import org.selfeval.narrative.Seed;
import org.selfeval.narrative.TextField;

class ReportDocumentBuilderTest {
    private final Report sample = Seed.sample();

    /** Every heading, standalone or run-in, as "level label title". */
    static List<String> outline(ReportDocument doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            Heading h = b instanceof Heading hh ? hh : b instanceof Paragraph p ? p.runIn() : null;
            if (h != null) {
                out.add(h.level() + " " + h.text());
            }
        }
        return out;
    }

    @Test
    void theSampleInTheSeedOutlineNumberedByTheApp() {
        ReportDocument doc = ReportDocumentBuilder.build(sample);
        assertThat(outline(doc)).containsExactly(
                "1 一、部门基本情况",
                "2 （一）机构组成。",
                "2 （二）机构职能和人员概况",
                "3 1.机构职能。",
                "3 2.人员概况。",
                "2 （三）年度主要工作任务",
                // (四)部门整体支出绩效目标 is empty in the seed (domain.md §5 item 8): no heading in print
                "1 二、部门财政资金收支情况",
                "2 （一）部门财政资金收入情况",
                "2 （二）部门财政资金支出情况",
                "2 （三）部门财政资金结转结余情况",
                "1 三、部门整体绩效管理情况",
                "2 （一）部门整体履职绩效分析",
                // 1. 2. 3. — not the seed's second (一)(二)(三) (domain.md §5 item 7)
                "3 1.深化数字政务\"提质增效\"行动。",
                "3 2.推进政务服务线上线下融合行动。",
                "3 3.实施营商环境提升行动。",
                "2 （二）特定目标类项目绩效分析",
                "3 1.整体情况。",
                "3 2.预算100万元及以上项目情况",
                "4 （1）政务大厅运行经费。",
                "2 （三）结果应用情况",
                "3 1.内部应用。",
                "3 2.自评公开。",
                "3 3.问题整改和应用反馈等情况。",
                "1 四、评价结论及建议",
                "2 （一）评价结论。",
                "2 （二）存在问题。",
                "2 （三）改进建议。");
    }

    @Test
    void previewKeepsEmptySectionsWithAPlaceholder() {
        ReportDocument doc = ReportDocumentBuilder.build(sample, DocumentOptions.PREVIEW);
        List<Block> blocks = doc.blocks();
        int i = indexOfHeading(blocks, "（四）部门整体支出绩效目标");
        assertThat(i).isPositive();
        assertThat(blocks.get(i + 1)).isEqualTo(Paragraph.of(DocumentOptions.PLACEHOLDER));
    }

    @Test
    void anEmptySectionIsLeftOutAndTheRestNumberedOn() {
        Report r = sample.withBasics(sample.basics().withOrganization("  "));
        List<String> outline = outline(ReportDocumentBuilder.build(r));
        assertThat(outline).contains("2 （一）机构职能和人员概况", "2 （二）年度主要工作任务").doesNotContain("2 （一）机构组成。");
        assertThat(outline(ReportDocumentBuilder.build(r, DocumentOptions.PREVIEW))).contains("2 （一）机构组成。");
    }

    @Test
    void runInHeadingsOpenTheirParagraph() {
        ReportDocument doc = ReportDocumentBuilder.build(sample);
        Paragraph organization = (Paragraph) doc.blocks().get(1);
        assertThat(organization.runIn()).isEqualTo(new Heading(2, "（一）", "机构组成。"));
        assertThat(PlainText.of(organization)).isEqualTo("（一）机构组成。" + sample.basics().organization());
        assertThat(PlainText.render(doc)).contains("一是扎实开展跨域通办\"提速拓展\"行动。不断深化", "五是扎实开展数字政务");
        assertThat(PlainText.render(doc)).contains("1.整体情况。一是绩效目标制定情况。2023年", "\n六是资金结余率和违规记录等。");
    }

    @Test
    void everyFigureOfChapterTwoIsInItsTextAndItsTables() {
        ReportDocument doc = ReportDocumentBuilder.build(sample.withFinances(generatedTexts(sample.finances())));
        List<Block> chapter = between(doc.blocks(), "二、部门财政资金收支情况", "三、部门整体绩效管理情况");
        StringBuilder text = new StringBuilder();
        StringBuilder cells = new StringBuilder();
        for (Block b : chapter) {
            if (b instanceof Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (b instanceof Table t) {
                t.rows().forEach(row -> cells.append(String.join("|", row)).append('\n'));
            }
        }
        Finances f = sample.finances();
        for (Map.Entry<IncomeSource, BigDecimal> e : f.income().entrySet()) {
            String share = Percent.rounded(e.getValue(), f.incomeTotal()).orElseThrow().toPlainString();
            assertThat(text).contains(e.getKey().label() + Figures.amount(e.getValue()) + "万元，占"
                    + Figures.percent(new BigDecimal(share)) + "%");
            assertThat(cells).contains(e.getKey().label() + "|" + Money.format(e.getValue()) + "|" + share);
        }
        for (Map.Entry<ExpenditureCategory, BigDecimal> e : f.expenditure().entrySet()) {
            String share = Percent.rounded(e.getValue(), f.expenditureTotal()).orElseThrow().toPlainString();
            assertThat(text).contains(e.getKey().label() + Figures.amount(e.getValue()) + "万元，占"
                    + Figures.percent(new BigDecimal(share)) + "%");
            assertThat(cells).contains(e.getKey().label() + "|" + Money.format(e.getValue()) + "|" + share);
        }
        assertThat(text).contains("收入合计" + Money.format(f.incomeTotal()) + "万元", "支出合计"
                + Money.format(f.expenditureTotal()) + "万元", "结转" + Money.format(f.carryover().total()) + "万元",
                "项目支出结转" + Money.format(f.carryover().project()) + "万元");
        assertThat(cells).contains("合计|1123.58|100.00", "合计|1124.25|100.00", "项目支出结转|48.76", "基本支出结转|0.00");
        assertThat(chapter).filteredOn(b -> b instanceof ChartBlock).hasSize(2);
    }

    @Test
    void theClerksTextIsPrintedWhereThereIsOne() {
        String seedIncome = sample.finances().incomeText();
        assertThat(PlainText.render(ReportDocumentBuilder.build(sample))).contains(seedIncome);
        Report generated = TextField.INCOME.write(sample, null);
        assertThat(PlainText.render(ReportDocumentBuilder.build(generated)))
                .doesNotContain(seedIncome).contains("经营收入0万元，占0%");
    }

    @Test
    void largeProjectsAreListedFromTheProjectData() {
        Project big = sample.projects().get(1).withFunds(FundSource.FISCAL,
                new BudgetFigures(new BigDecimal("100.00"), null, new BigDecimal("90.00")));
        Report r = sample.withProjects(List.of(sample.projects().get(0), big));
        List<String> outline = outline(ReportDocumentBuilder.build(r));
        assertThat(outline).containsSubsequence("3 2.预算100万元及以上项目情况", "4 （1）政务大厅运行经费。",
                "4 （2）乐山市不动产联审登记全市通办系统信息化建设。");
        assertThat(PlainText.render(ReportDocumentBuilder.build(r)))
                .contains("（2）乐山市不动产联审登记全市通办系统信息化建设。年初预算数100.00万元，决算数90.00万元，执行率90%。");

        Report none = sample.withProjects(List.of(sample.projects().get(1)));
        assertThat(PlainText.render(ReportDocumentBuilder.build(none)))
                .contains("2.预算100万元及以上项目情况\n本年度无预算在100万元及以上的项目。");
    }

    @Test
    void titleSignatureDateAndAttachments() {
        Report r = TextField.ATTACHMENTS.write(sample, null).withReportDate(LocalDate.of(2024, 3, 8));
        ReportDocument doc = ReportDocumentBuilder.build(r);
        assertThat(doc.title()).isEqualTo("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告");
        assertThat(doc.signature()).isEqualTo("乐山市营商环境服务管理局");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 8));
        // the department sheet first (the sample has one), then one form per project
        assertThat(doc.attachments()).containsExactly("市政管局部门整体支出绩效自评表", "市政管局项目支出绩效自评表（政务大厅运行经费）",
                "市政管局项目支出绩效自评表（乐山市不动产联审登记全市通办系统信息化建设）");
        assertThat(PlainText.render(doc)).endsWith("2024年3月8日\n");
    }

    @Test
    void headingLevelsNeverSkipAndLabelsAreConsecutive() {
        ReportDocument doc = ReportDocumentBuilder.build(sample);
        int[] counters = new int[5];
        int previous = 0;
        for (Block b : doc.blocks()) {
            Heading h = b instanceof Heading hh ? hh : b instanceof Paragraph p ? p.runIn() : null;
            if (h == null) {
                continue;
            }
            assertThat(h.level()).as(h.text()).isLessThanOrEqualTo(previous + 1);
            counters[h.level()]++;
            for (int l = h.level() + 1; l < counters.length; l++) {
                counters[l] = 0;
            }
            assertThat(h.label()).as(h.text()).isEqualTo(HeadingNumbers.label(h.level(), counters[h.level()]));
            previous = h.level();
        }
    }

    @Test
    void yearOnYearChartOnlyWithLastYearsReport() {
        long without = ReportDocumentBuilder.build(sample).blocks().stream().filter(b -> b instanceof ChartBlock).count();
        Report last = sample.withYear(2022);
        long with = ReportDocumentBuilder.build(sample, DocumentOptions.PRINT.withPrevious(java.util.Optional.of(last)))
                .blocks().stream().filter(b -> b instanceof ChartBlock).count();
        assertThat(with).isEqualTo(without + 1);
    }

    @Test
    void anEmptyReportPrintsNoHeadingsAndPreviewsEveryChapter() {
        Report empty = Report.empty("e", 2023, sample.department());
        assertThat(ReportDocumentBuilder.build(empty).blocks()).isEmpty();
        assertThat(outline(ReportDocumentBuilder.build(empty, DocumentOptions.PREVIEW)))
                .contains("1 一、部门基本情况", "1 二、部门财政资金收支情况", "1 三、部门整体绩效管理情况", "1 四、评价结论及建议");
    }

    private static Finances generatedTexts(Finances f) {
        return f.withIncomeText(null).withExpenditureText(null).withCarryoverText(null);
    }

    private static int indexOfHeading(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Block> between(List<Block> blocks, String from, String to) {
        return blocks.subList(indexOfHeading(blocks, from) + 1, indexOfHeading(blocks, to));
    }
}
