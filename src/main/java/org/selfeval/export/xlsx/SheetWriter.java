package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Percent;
import org.selfeval.model.Stated;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes cells of one sheet: text always as text, figures as numbers, formulas only where asked, each
 * with the value the model computes for it as its cached result (no formula evaluator runs).
 */
final class SheetWriter {
    /** Excel's limit of characters in one cell. */
    static final int MAX_TEXT = 32767;
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(?=x[0-9A-Fa-f]{4}_)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,11})(\\.[0-9]{1,6})?");

    final Sheet sheet;
    final XlsxStyles styles;
    private final MergeGuard merges;

    SheetWriter(Sheet sheet, XlsxStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.merges = new MergeGuard(sheet.getSheetName());
        sheet.setDefaultRowHeightInPoints(18);
    }

    /** Column widths in characters, from column A on. */
    void columnWidths(int[] characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    /**
     * Text as a string cell (POI never turns a string into a formula); text that Excel would read
     * as a formula when typed (= + - @) also gets the quote prefix.
     */
    Cell text(int r, int c, String value, CellStyle style) {
        Cell cell = raw(r, c, value);
        String v = value == null ? "" : value;
        cell.setCellStyle(looksLikeFormula(v) ? styles.quoted(style) : style);
        return cell;
    }

    /**
     * Text without a style (the hidden columns). Characters XML 1.0 cannot hold are written as the
     * OOXML escape _xHHHH_, and text that already looks like such an escape has its underscore
     * escaped, so POI and Excel read back exactly what was written.
     */
    Cell raw(int r, int c, String value) {
        String v = encode(value == null ? "" : value);
        if (v.length() > MAX_TEXT) {
            throw new CellTextTooLongException(sheet.getSheetName(), ref(r, c), v.length());
        }
        Cell cell = cell(r, c);
        cell.setCellValue(v);
        if (looksLikeFormula(v)) {
            cell.setCellStyle(styles.quoted(sheet.getWorkbook().getCellStyleAt(0)));
        }
        return cell;
    }

    static String encode(String text) {
        String escaped = ESCAPE_LIKE.matcher(text).replaceAll("_x005F$0");
        StringBuilder sb = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                sb.append(String.format("_x%04X_", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** A number, or an empty styled cell when the value is null. */
    Cell number(int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        } else {
            cell.setBlank();
        }
        return cell;
    }

    /**
     * A formula with the value the model computes for it as its cached result: the number, or the
     * empty text our formulas give where they cannot compute (the result is empty). The caller
     * computes the result from what the referenced cells hold; {@code XlsxCachedValuesTest} compares
     * every cached result with POI's evaluator.
     */
    Cell formula(int r, int c, String formula, Optional<BigDecimal> result, CellStyle style) {
        Cell cell = formulaCell(r, c, formula, style);
        if (result.isPresent()) {
            cell.setCellValue(result.get().doubleValue());
        } else {
            cell.setCellValue("");
        }
        return cell;
    }

    /** A formula whose result is text (a grade), cached as such. */
    Cell textFormula(int r, int c, String formula, String result, CellStyle style) {
        Cell cell = formulaCell(r, c, formula, style);
        cell.setCellValue(result);
        return cell;
    }

    private Cell formulaCell(int r, int c, String formula, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** 执行率 of the figures as a cell holds it (a fraction, 0.95 for 95 %), as {@link #rateFormula} gives it. */
    static Optional<BigDecimal> rate(BudgetFigures f) {
        return fraction(f.executionRate());
    }

    /** A percentage as a cell formatted 0.00% holds it. */
    static Optional<BigDecimal> fraction(Optional<BigDecimal> percent) {
        return percent.map(p -> p.movePointLeft(2));
    }

    /** part / whole as a cell holds it; empty when the whole is zero or missing. */
    static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return fraction(Percent.of(part, whole));
    }

    /** The number a plain-number text is written as ({@link #value}, {@link #affixed}), else null (a text cell). */
    static BigDecimal plainNumber(String value) {
        return value != null && PLAIN_NUMBER.matcher(value).matches() ? new BigDecimal(value) : null;
    }

    /**
     * An indicator value: a plain number becomes a numeric cell whose format keeps its decimals
     * (so "95" reads back as "95" and "99.50" as "99.50"); anything else stays text.
     */
    Cell value(int r, int c, String value) {
        if (value != null && PLAIN_NUMBER.matcher(value).matches()) {
            int dot = value.indexOf('.');
            String format = dot < 0 ? "0" : "0." + "0".repeat(value.length() - dot - 1);
            return number(r, c, new BigDecimal(value), styles.number(format));
        }
        return text(r, c, value, styles.textCenter);
    }

    /**
     * A figure shown with text around it, as the national form writes "≥95%" in one cell: a plain
     * number becomes a numeric cell whose format adds the text (so formulas can use it), anything
     * else a text cell.
     */
    Cell affixed(int r, int c, String value, String prefix, String suffix) {
        if (value != null && PLAIN_NUMBER.matcher(value).matches()) {
            int dot = value.indexOf('.');
            String digits = dot < 0 ? "0" : "0." + "0".repeat(value.length() - dot - 1);
            String format = quote(prefix) + digits + quote(suffix);
            return number(r, c, new BigDecimal(value), styles.number(format));
        }
        return text(r, c, (value == null ? "" : prefix + value + suffix), styles.textCenter);
    }

    /**
     * A literal inside a number format. "%" becomes the full-width "％": a half-width one makes some
     * readers (POI, older WPS) scale the value by 100 even inside quotes.
     */
    private static String quote(String literal) {
        return literal.isEmpty() ? "" : "\"" + literal.replace("\"", "").replace('%', '％') + "\"";
    }

    /**
     * The whole-year budget of a 总额 row over rows first..last: each row's 调整后预算数, else its 年初预算
     * (a row without an adjusted figure keeps its initial budget for the year).
     */
    static String budgetSumFormula(int first, int last, int initialCol, int adjustedCol) {
        StringBuilder sb = new StringBuilder();
        for (int r = first; r <= last; r++) {
            String adjusted = ref(r, adjustedCol);
            String initial = ref(r, initialCol);
            sb.append(r > first ? "+" : "").append("IF(COUNT(").append(adjusted).append(")=1,").append(adjusted)
                    .append(",IF(COUNT(").append(initial).append(")=1,").append(initial).append(",0))");
        }
        return sb.toString();
    }

    /**
     * Where the clerk chose to print what the table states (a {@link Stated} with printStated), the
     * cell holds that figure as the original table did, in place of the formula.
     */
    void statedOver(int r, int c, Stated stated, CellStyle style, boolean fraction) {
        if (stated != null && stated.printStated()) {
            BigDecimal v = stated.value();
            cell(r, c).setBlank(); // drops the formula: a number set on a formula cell would only be its cached result
            number(r, c, v == null ? null : fraction ? v.movePointLeft(2) : v, style);
        }
    }

    /**
     * Merges a block and gives every cell in it the style, so the borders are drawn all round. The
     * block is checked against this sheet's earlier blocks here (no array formulas are written), so
     * POI's check of every block against every other is skipped.
     */
    void merge(int r1, int r2, int c1, int c2, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                Cell cell = cell(r, c);
                if (r != r1 || c != c1) {
                    cell.setBlank();
                    cell.setCellStyle(style);
                }
            }
        }
        if (r1 != r2 || c1 != c2) {
            CellRangeAddress block = new CellRangeAddress(r1, r2, c1, c2);
            merges.claim(block);
            sheet.addMergedRegionUnsafe(block);
        }
    }

    /** Text in a merged block. */
    void textBlock(int r1, int r2, int c1, int c2, String value, CellStyle style) {
        Cell first = text(r1, c1, value, style);
        merge(r1, r2, c1, c2, first.getCellStyle());
    }

    /** Row height that shows wrapped text of this length in a block this many characters wide. */
    void fitHeight(int r, String value, int widthChars, float minPoints) {
        int units = 0;
        int lines = 1;
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '\n') {
                lines++;
                units = 0;
                continue;
            }
            units += ch < 0x2000 ? 1 : 2;
            if (units > widthChars) {
                lines++;
                units = ch < 0x2000 ? 1 : 2;
            }
        }
        float points = Math.max(minPoints, lines * 15f + 4f);
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), points));
    }

    /** A4 landscape, one page wide, the given rows repeated on every page, printed with grid borders only. */
    void printSetup(int lastRow, int lastCol, int repeatFirst, int repeatLast) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(repeatFirst, repeatLast, -1, -1));
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastRow);
    }

    /** 执行率 = 执行数 / 调整后预算数 (年初预算 when not adjusted); blank when it cannot be computed (R6). */
    static String rateFormula(int r, int initialCol, int adjustedCol, int executedCol) {
        String c = ref(r, initialCol);
        String d = ref(r, adjustedCol);
        String e = ref(r, executedCol);
        return "IF(COUNT(" + e + ")=0,\"\",IF(COUNT(" + d + ")=1,IF(" + d + "=0,\"\"," + e + "/" + d + "),IF(COUNT("
                + c + ")=0,\"\",IF(" + c + "=0,\"\"," + e + "/" + c + "))))";
    }

    /** min(执行率, 100 %) × 权重, 2 decimals (R7); blank when there is no rate. */
    static String executionScoreFormula(String rate, String weight) {
        return "IF(" + rate + "=\"\",\"\",ROUND(MIN(MAX(" + rate + ",0),1)*" + weight + ",2))";
    }

    static String ref(int r, int c) {
        return new CellReference(r, c).formatAsString();
    }

    static String absRef(int r, int c) {
        return new CellReference(r, c, true, true).formatAsString();
    }

    /** Text a spreadsheet may run as a formula: it starts with = + - @, or with a TAB or CR (OWASP CSV injection). */
    static boolean looksLikeFormula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }
}
