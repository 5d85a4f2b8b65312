package org.selfeval.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.charts.ChartData;
import org.selfeval.document.Block;
import org.selfeval.document.ChartBlock;
import org.selfeval.document.Heading;
import org.selfeval.document.Paragraph;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.Table;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * The sample report laid out by hand for the export tests (until the narrative builder lands): the
 * seed's own text, split into headings and paragraphs, with the 收支 tables and charts computed from
 * the report's figures inserted in chapter 二.
 */
public final class SampleDocuments {
    public static final Path SAMPLE = Path.of("sample-data/leshan-2023.json");
    public static final Path ORIGINAL = Path.of("sample-data/leshan-2023-original.txt");
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+、)(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）](.*)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(\\d+\\.)(.*)$");

    private SampleDocuments() {
    }

    public static Report report() throws Exception {
        return ReportJson.read(SAMPLE);
    }

    public static ReportDocument document(Report report) {
        try {
            List<String> lines = Files.readAllLines(ORIGINAL, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<Block> blocks = new ArrayList<>();
            String attachment = "";
            for (String line : lines) {
                if (line.endsWith(".xlsx") || line.endsWith(".xls")) {
                    attachment = line;
                    continue;
                }
                blocks.add(block(line));
                if (line.startsWith(report.year() + "年度收入合计")) {
                    blocks.add(incomeTable(report.finances()));
                    blocks.add(new ChartBlock(incomeChart(report.finances())));
                }
                if (line.startsWith(report.year() + "年度支出合计")) {
                    blocks.add(expenditureTable(report.finances()));
                    blocks.add(new ChartBlock(expenditureChart(report.finances())));
                }
                if (line.startsWith("项目1")) {
                    blocks.add(new ChartBlock(projectChart(report.projects())));
                }
            }
            return new ReportDocument(report.title(), blocks, List.of(attachment.replaceAll("\\.xlsx?$", "")),
                    report.department().fullName(), LocalDate.of(2024, 3, 8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Block block(String line) {
        Matcher m1 = LEVEL1.matcher(line);
        if (m1.matches()) {
            return new Heading(1, m1.group(1), m1.group(2));
        }
        Matcher m2 = LEVEL2.matcher(line);
        if (m2.matches()) {
            return headingOrRunIn(2, "（" + m2.group(1) + "）", m2.group(2));
        }
        Matcher m3 = LEVEL3.matcher(line);
        if (m3.matches()) {
            return headingOrRunIn(3, m3.group(1), m3.group(2));
        }
        return Paragraph.of(line);
    }

    private static Block headingOrRunIn(int level, String label, String rest) {
        int stop = rest.indexOf('。');
        if (stop < 0 || stop > 30) {
            return new Heading(level, label, rest);
        }
        return new Paragraph(new Heading(level, label, rest.substring(0, stop + 1)), rest.substring(stop + 1));
    }

    public static Table incomeTable(Finances f) {
        List<List<String>> rows = new ArrayList<>();
        for (IncomeSource s : IncomeSource.values()) {
            BigDecimal v = f.income(s);
            rows.add(List.of(s.label(), money(v), share(v, f.incomeTotal())));
        }
        rows.add(List.of("收入合计", money(f.incomeTotal()), "100.00%"));
        return new Table("表1 部门财政资金收入情况（万元）", List.of("项目", "金额（万元）", "占比"), rows, List.of(1, 2));
    }

    public static Table expenditureTable(Finances f) {
        List<List<String>> rows = new ArrayList<>();
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            BigDecimal v = f.expenditure(c);
            rows.add(List.of(c.label(), money(v), share(v, f.expenditureTotal())));
        }
        rows.add(List.of("支出合计", money(f.expenditureTotal()), "100.00%"));
        return new Table("表2 部门财政资金支出情况（万元）", List.of("项目", "金额（万元）", "占比"), rows, List.of(1, 2));
    }

    static ChartData incomeChart(Finances f) {
        List<String> cats = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (IncomeSource s : IncomeSource.values()) {
            cats.add(s.label());
            values.add(f.income(s));
        }
        return new ChartData("收入构成（万元）", ChartData.Kind.PIE, cats, List.of(new ChartData.Series("收入", values)), "万元");
    }

    static ChartData expenditureChart(Finances f) {
        List<String> cats = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            cats.add(c.label());
            values.add(f.expenditure(c));
        }
        return new ChartData("支出构成（万元）", ChartData.Kind.PIE, cats, List.of(new ChartData.Series("支出", values)), "万元");
    }

    static ChartData projectChart(List<Project> projects) {
        List<String> cats = projects.stream().map(p -> p.name().length() > 12 ? p.name().substring(0, 12) + "…" : p.name()).toList();
        List<BigDecimal> initial = projects.stream().map(p -> p.totalFunds().initial()).toList();
        List<BigDecimal> adjusted = projects.stream().map(p -> p.totalFunds().adjusted()).toList();
        List<BigDecimal> executed = projects.stream().map(p -> p.totalFunds().executed()).toList();
        return new ChartData("特定目标类项目预算执行（万元）", ChartData.Kind.BAR, cats, List.of(
                new ChartData.Series("年初预算", initial), new ChartData.Series("调整后预算", adjusted),
                new ChartData.Series("执行数", executed)), "万元");
    }

    public static String money(BigDecimal v) {
        return v == null ? "0.00" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public static String share(BigDecimal v, BigDecimal total) {
        return Percent.rounded(v, total).map(p -> p.toPlainString() + "%").orElse("");
    }
}
