package org.selfeval.review;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.selfeval.export.AtomicOutput;

/**
 * The review's summary workbook (批量审核汇总表): 汇总 (one row per report), 问题清单 (every finding),
 * 横向比较 (the same figure across departments), 无法读取 (files and reasons). Written by POI's streaming
 * workbook, so a folder of any size is written in bounded memory. Numbers are numbers (a reviewer
 * sorts and filters them), shown with two decimals.
 */
public final class ReviewWorkbook {
    public static final String SUMMARY = "汇总";
    public static final String FINDINGS = "问题清单";
    public static final String COMPARISON = "横向比较";
    public static final String UNREADABLE = "无法读取";

    private ReviewWorkbook() {
    }

    public static void write(ReviewResult result, Path file) throws IOException {
        AtomicOutput.write(file, out -> write(result, out));
    }

    static void write(ReviewResult result, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles st = new Styles(wb);
            summary(wb, st, result.reports());
            findings(wb, st, result.findings());
            comparison(wb, st, result.reports());
            unreadable(wb, st, result.unreadable());
            wb.write(out);
            wb.dispose();
        }
    }

    private record Styles(CellStyle head, CellStyle number, CellStyle text) {
        Styles(SXSSFWorkbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            text.setWrapText(true);
        }
    }

    private static void summary(SXSSFWorkbook wb, Styles st, List<ReviewedReport> reports) {
        Sheet s = sheet(wb, SUMMARY, st, new int[] {28, 30, 8, 14, 10, 10, 8, 7, 7, 7, 70},
                "文件", "部门", "年度", "审核规则", "填报得分", "计算得分", "等级", "错误", "警告", "提示", "主要问题");
        int r = 1;
        for (ReviewedReport p : reports) {
            Row row = s.createRow(r++);
            text(row, 0, p.source(), st);
            text(row, 1, p.department(), st);
            row.createCell(2).setCellValue(p.year());
            text(row, 3, p.profile(), st);
            number(row, 4, p.statedScore(), st);
            number(row, 5, p.computedScore(), st);
            text(row, 6, p.grade(), st);
            row.createCell(7).setCellValue(p.errors());
            row.createCell(8).setCellValue(p.warnings());
            row.createCell(9).setCellValue(p.notices());
            text(row, 10, String.join("\n", p.topFindings()), st);
        }
    }

    private static void findings(SXSSFWorkbook wb, Styles st, List<ReviewFinding> findings) {
        Sheet s = sheet(wb, FINDINGS, st, new int[] {28, 8, 8, 80, 40}, "文件", "规则", "级别", "问题", "位置");
        int r = 1;
        for (ReviewFinding f : findings) {
            Row row = s.createRow(r++);
            text(row, 0, f.source(), st);
            text(row, 1, f.ruleId(), st);
            text(row, 2, f.severity(), st);
            text(row, 3, f.message(), st);
            text(row, 4, f.location(), st);
        }
    }

    private static void comparison(SXSSFWorkbook wb, Styles st, List<ReviewedReport> reports) {
        Sheet s = sheet(wb, COMPARISON, st, new int[] {30, 8, 16, 12, 12, 18},
                "部门", "年度", "预算执行率（%）", "填报得分", "计算得分", "“三公”经费较上年（%）");
        int r = 1;
        for (ReviewedReport p : reports) {
            Row row = s.createRow(r++);
            text(row, 0, p.department().isBlank() ? p.source() : p.department(), st);
            row.createCell(1).setCellValue(p.year());
            number(row, 2, p.executionRate(), st);
            number(row, 3, p.statedScore(), st);
            number(row, 4, p.computedScore(), st);
            number(row, 5, p.threePublicChange(), st);
        }
    }

    private static void unreadable(SXSSFWorkbook wb, Styles st, List<Unreadable> files) {
        Sheet s = sheet(wb, UNREADABLE, st, new int[] {32, 90}, "文件", "原因");
        int r = 1;
        for (Unreadable u : files) {
            Row row = s.createRow(r++);
            text(row, 0, u.source(), st);
            text(row, 1, u.reason(), st);
        }
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, Styles st, int[] widths, String... heads) {
        SXSSFSheet s = wb.createSheet(name);
        Row head = s.createRow(0);
        for (int i = 0; i < heads.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(heads[i]);
            c.setCellStyle(st.head());
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, heads.length - 1));
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
        s.getFooter().setCenter("第 &P 页，共 &N 页");
        return s;
    }

    private static void text(Row row, int col, String value, Styles st) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(st.text());
    }

    /** A figure as a number for sorting (a file format's double: the value is already a shown 2-decimal figure). */
    private static void number(Row row, int col, Optional<BigDecimal> value, Styles st) {
        Cell c = row.createCell(col);
        if (value.isPresent()) {
            c.setCellValue(value.get().setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
            c.setCellStyle(st.number());
        }
    }
}
