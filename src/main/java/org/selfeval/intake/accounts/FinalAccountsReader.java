package org.selfeval.intake.accounts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.xlsx.WorkbookFormatException;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.IntakeReader;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Target;
import org.selfeval.intake.TargetKey;
import org.selfeval.intake.Targets;
import org.selfeval.model.Money;

/**
 * Reads a department's 部门决算 tables (.xlsx or .xls) — the published 决算公开 set or the 部门决算
 * client's Z01… export — into an import preview: 收入 by source, 支出 by category, 结转结余, 人员 / 公用经费
 * and "三公"经费, each with the sheet and cell it was read from; what was not found; and the
 * cross-table checks. The layout that recognises most tables is used. Never changes a report.
 */
public final class FinalAccountsReader implements IntakeReader {
    private static final String NO_DATA = "本表无数据";

    public FinalAccountsReader() {
        // layouts are loaded once, with the class Layouts
    }

    @Override
    public ImportPreview read(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        try (Workbook wb = WorkbookOpener.open(file)) {
            return read(name, wb);
        } catch (IOException e) {
            throw new WorkbookFormatException(name, "", "文件读取后无法关闭");
        }
    }

    /**
     * Whether a workbook holds 决算 tables (by sheet names or title cells): at least two tables of one
     * layout. Cheap; for telling a 决算 workbook from a 自评表 workbook.
     */
    public static boolean looksLikeFinalAccounts(Workbook wb) {
        return Layouts.all().stream().anyMatch(l -> TableLocator.locate(wb, l).size() >= 2);
    }

    ImportPreview read(String file, Workbook wb) throws ReportFormatException {
        Layout layout = null;
        TableLocator.Located best = new TableLocator.Located(Map.of(), 0);
        for (Layout l : Layouts.all()) {
            TableLocator.Located located = TableLocator.locateScored(wb, l);
            int more = located.sheets().size() - best.sheets().size();
            if (more > 0 || more == 0 && located.strength() > best.strength()) {
                layout = l;
                best = located;
            }
        }
        Map<String, Sheet> sheets = best.sheets();
        if (layout == null) {
            throw new WorkbookFormatException(file, "", "没有找到部门决算表（如收入支出决算总表、支出决算表）；本文件的工作表："
                    + sheetNames(wb));
        }
        return read(file, wb, layout, sheets);
    }

    private static ImportPreview read(String file, Workbook wb, Layout layout, Map<String, Sheet> sheets) {
        List<String> notFound = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Map<String, ReadFigure> read = new LinkedHashMap<>();
        Map<Target<BigDecimal>, Found<BigDecimal>> found = new LinkedHashMap<>();
        Set<String> inYuan = new LinkedHashSet<>();
        notices.add("按“" + layout.name() + "”的表式读取");
        for (Layout.Table table : layout.tables()) {
            Sheet sheet = sheets.get(table.id());
            if (sheet == null) {
                if (!table.optional()) {
                    notFound.add("未找到「" + table.title() + "」：没有名称或标题含"
                            + aliases(table) + "的工作表；本文件的工作表：" + sheetNames(wb));
                }
                continue;
            }
            Optional<String> stated = AmountReader.statedUnit(sheet);
            String unit = stated.orElse(layout.defaultUnit());
            if (stated.isEmpty()) {
                notices.add("工作表「" + sheet.getSheetName() + "」未写明金额单位，按" + unit + "读取，请核对");
            }
            if (AmountReader.YUAN.equals(unit)) {
                inYuan.add(sheet.getSheetName());
            }
            LabelFinder finder = new LabelFinder(sheet);
            for (Layout.Figure figure : table.figures()) {
                readFigure(table, sheet, unit, finder, figure, read, found, notFound);
            }
        }
        if (!inYuan.isEmpty()) {
            notices.add("金额单位为元，已换算为万元（工作表「" + String.join("」「", inYuan) + "」）");
        }
        notices.addAll(CrossChecks.run(layout.checks(), read));
        List<Found<?>> ordered = new ArrayList<>(found.values());
        List<Target<?>> order = Targets.all();
        ordered.sort(Comparator.comparingInt(f -> order.indexOf(f.target())));
        return new ImportPreview(file, SourceKind.FINAL_ACCOUNTS, ordered, notFound, notices);
    }

    private static void readFigure(Layout.Table table, Sheet sheet, String unit, LabelFinder finder, Layout.Figure figure,
                                   Map<String, ReadFigure> read, Map<Target<BigDecimal>, Found<BigDecimal>> found,
                                   List<String> notFound) {
        String what = table.title() + " · " + figure.label();
        LabelFinder.Result at = finder.find(figure);
        ReadFigure value;
        if (finder.has(NO_DATA)) {
            // an empty table is kept with "本表无数据": nothing of it was spent
            value = new ReadFigure(figure, table.title(), sheet.getSheetName(), NO_DATA, BigDecimal.ZERO, unit, Money.ZERO);
        } else if (!at.found()) {
            if (!figure.optional() && !figure.targets().isEmpty()) {
                notFound.add(what + "：在工作表「" + sheet.getSheetName() + "」" + at.missing());
            }
            return;
        } else {
            String cell = new CellReference(at.row(), at.column()).formatAsString();
            Row row = sheet.getRow(at.row());
            try {
                BigDecimal amount = AmountReader.amount(row == null ? null : row.getCell(at.column()), unit);
                value = new ReadFigure(figure, table.title(), sheet.getSheetName(), cell, amount, unit, AmountReader.toWan(amount, unit));
            } catch (IllegalArgumentException e) {
                notFound.add(what + "：工作表「" + sheet.getSheetName() + "」单元格 " + cell + " " + e.getMessage());
                return;
            }
        }
        read.putIfAbsent(figure.id(), value);
        for (String key : figure.targets()) {
            Target<BigDecimal> target = money(key);
            if (found.containsKey(target)) {
                continue;
            }
            if (value.wan().signum() < 0) {
                notFound.add(what + "：" + value.source() + " 为负数（" + AmountReader.show(value.amount(), unit) + "），未导入");
            } else {
                found.put(target, new Found<>(target, value.wan(), value.source()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Target<BigDecimal> money(String key) {
        return (Target<BigDecimal>) Targets.byKey(new TargetKey(key))
                .orElseThrow(() -> new IllegalStateException("layout names an unknown target " + key));
    }

    private static String aliases(Layout.Table table) {
        return java.util.stream.Stream.concat(table.sheetAliases().stream(), table.titleAliases().stream()).distinct()
                .map(a -> "「" + a + "」").collect(Collectors.joining(""));
    }

    private static String sheetNames(Workbook wb) {
        List<String> names = StreamSupport.stream(wb.spliterator(), false).map(Sheet::getSheetName).toList();
        return names.isEmpty() ? "（无）" : "「" + String.join("」「", names) + "」";
    }
}
