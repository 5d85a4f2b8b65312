package org.selfeval.exchange.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Money;
import org.selfeval.model.Scores;

/**
 * Reads typed values out of one sheet and turns every bad cell into a {@link ReportFormatException}
 * that names the file, the sheet and the cell. Never evaluates a formula: a formula where text or an
 * entered figure belongs is refused.
 */
final class CellReader {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final String file;
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<CellRangeAddress> merged;

    CellReader(String file, Sheet sheet) {
        this.file = file;
        this.sheet = sheet;
        this.merged = sheet.getMergedRegions();
    }

    Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** Text of a label cell, "" for anything that is not plain text (used to find rows, never fails). */
    String label(int r, int c) {
        Cell cell = cell(r, c);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

    /** Text of an entry cell; a number is given as displayed; a formula is refused. */
    String text(int r, int c, String what) throws ReportFormatException {
        Cell cell = cell(r, c);
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell);
            case BLANK -> "";
            case FORMULA -> throw error(r, c, what, "应为文字，却是公式「=" + cell.getCellFormula()
                    + "」；为安全起见不计算文字单元格中的公式，请改为纯文字");
            default -> throw error(r, c, what, "单元格内容是错误值，请改为文字");
        };
    }

    /** Text of a cell inside a merged block: the block's top-left cell. */
    String mergedText(int r, int c, String what) throws ReportFormatException {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(r, c)) {
                return text(region.getFirstRow(), region.getFirstColumn(), what);
            }
        }
        return text(r, c, what);
    }

    /** An amount in 万元: blank = not entered; a letter, a negative or more than 2 decimals is refused. */
    BigDecimal amount(int r, int c, String what) throws ReportFormatException {
        BigDecimal value = number(r, c, what, "金额");
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw error(r, c, what, "金额不能为负数（" + value.stripTrailingZeros().toPlainString() + "）");
        }
        try {
            return Money.nonNegative(value);
        } catch (IllegalArgumentException e) {
            throw error(r, c, what, e.getMessage());
        }
    }

    /** A plain number such as a rate stored as a fraction: blank = none. */
    BigDecimal ratio(int r, int c, String what) throws ReportFormatException {
        return number(r, c, what, "数值");
    }

    /**
     * A percentage (执行率) as a number of per cent: a cell formatted as a percentage or a plain
     * fraction up to 1 is scaled by 100 (0.9 → 90), a text "98.50%" or "98.50" is read as written.
     */
    BigDecimal percent(int r, int c, String what) throws ReportFormatException {
        Cell cell = cell(r, c);
        if (cell != null && cell.getCellType() == CellType.STRING) {
            String s = cell.getStringCellValue().strip();
            s = s.endsWith("%") || s.endsWith("％") ? s.substring(0, s.length() - 1) : s;
            if (s.isEmpty() || s.equals("/") || s.equals("—")) {
                return null;
            }
            if (!DECIMAL.matcher(s.replace(",", "")).matches() || s.length() > 20) {
                throw error(r, c, what, "应为百分比（数字），却是「" + shorten(cell.getStringCellValue()) + "」");
            }
            return new BigDecimal(s.replace(",", ""));
        }
        BigDecimal value = number(r, c, what, "数值");
        if (value == null) {
            return null;
        }
        boolean asPercent = cell.getCellStyle() != null && cell.getCellStyle().getDataFormatString() != null
                && cell.getCellStyle().getDataFormatString().contains("%");
        return asPercent || value.abs().compareTo(BigDecimal.ONE) <= 0 ? value.movePointRight(2) : value;
    }

    /** Whether (r, c) lies in a merged block. */
    boolean isMerged(int r, int c) {
        return merged.stream().anyMatch(region -> region.isInRange(r, c));
    }

    /** A weight or score (分): blank = none. */
    BigDecimal points(int r, int c, String what) throws ReportFormatException {
        BigDecimal value = number(r, c, what, "分值");
        if (value == null) {
            return null;
        }
        try {
            return Scores.stated(value);
        } catch (IllegalArgumentException e) {
            throw error(r, c, what, e.getMessage());
        }
    }

    /** No cell, a blank cell or an empty string. */
    boolean isEmpty(int r, int c) {
        Cell cell = cell(r, c);
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty();
    }

    boolean isFormula(int r, int c) {
        Cell cell = cell(r, c);
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    private BigDecimal number(int r, int c, String what, String kind) throws ReportFormatException {
        Cell cell = cell(r, c);
        if (cell == null) {
            return null;
        }
        switch (cell.getCellType()) {
            case BLANK:
                return null;
            case NUMERIC:
                double d = cell.getNumericCellValue();
                if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 1e12) {
                    throw error(r, c, what, kind + "超出合理范围");
                }
                return BigDecimal.valueOf(d);
            case STRING:
                String s = cell.getStringCellValue().strip().replace(",", "");
                if (s.isEmpty()) {
                    return null;
                }
                if (!DECIMAL.matcher(s).matches() || s.length() > 20) {
                    throw error(r, c, what, "应为" + kind + "（数字），却是「" + shorten(cell.getStringCellValue()) + "」");
                }
                return new BigDecimal(s);
            case FORMULA:
                throw error(r, c, what, "应填写" + kind + "数字，却是公式「=" + shorten(cell.getCellFormula()) + "」");
            default:
                throw error(r, c, what, "应为" + kind + "（数字），却是「" + shorten(formatter.formatCellValue(cell)) + "」");
        }
    }

    ReportFormatException error(int r, int c, String what, String detail) {
        String where = "工作表「" + sheet.getSheetName() + "」单元格 " + new CellReference(r, c).formatAsString()
                + (what == null || what.isEmpty() ? "" : "（" + what + "）");
        return new WorkbookFormatException(file, where, detail);
    }

    ReportFormatException sheetError(String detail) {
        return new WorkbookFormatException(file, "工作表「" + sheet.getSheetName() + "」", detail);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
