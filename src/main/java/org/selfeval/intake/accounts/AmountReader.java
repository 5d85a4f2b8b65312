package org.selfeval.intake.accounts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.model.Money;

/**
 * Amounts of the 决算 tables (金额): the unit a sheet's header states ("单位：元", "金额单位：万元"), and a
 * cell's amount converted exactly to 万元. A number cell is read at Excel's 15 significant digits, so
 * the binary noise of a sum (0.1 + 0.2 = 0.30000000000000004) is gone; text such as "2,940.05" is read
 * as written. A blank cell or a dash is 0 (the tables leave nothing spent blank).
 */
final class AmountReader {
    static final String YUAN = "元";
    static final String WAN_YUAN = "万元";
    private static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*(万元|元)");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final int HEADER_ROWS = 8;
    private static final double LIMIT = 1e15;

    private AmountReader() {
    }

    /** The unit the sheet's header states, if it states one. */
    static Optional<String> statedUnit(Sheet sheet) {
        for (int r = Math.max(0, sheet.getFirstRowNum()); r < sheet.getFirstRowNum() + HEADER_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    Matcher m = UNIT.matcher(Normalizer.normalize(c.getStringCellValue(), Normalizer.Form.NFKC).replace(" ", ""));
                    if (m.find()) {
                        return Optional.of(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the cell holds a number (or the text of one), e.g. the one data row of a table laid out across. */
    static boolean holdsNumber(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC
                || type == CellType.STRING && DECIMAL.matcher(clean(cell.getStringCellValue())).matches();
    }

    /**
     * The amount in the sheet's unit, exact; a formula gives its last computed value (never evaluated).
     *
     * @throws IllegalArgumentException with a Chinese message when the cell is not an amount
     */
    static BigDecimal amount(Cell cell, String unit) {
        if (cell == null) {
            return BigDecimal.ZERO;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        BigDecimal value = switch (type) {
            case BLANK -> BigDecimal.ZERO;
            case NUMERIC -> number(cell.getNumericCellValue());
            case STRING -> text(cell.getStringCellValue());
            default -> throw new IllegalArgumentException("不是金额");
        };
        int decimals = YUAN.equals(unit) ? 2 : Money.MAX_SCALE;
        return value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_UP) : value;
    }

    /** An amount in {@code unit} as 万元, exact. */
    static BigDecimal toWan(BigDecimal amount, String unit) {
        return YUAN.equals(unit) ? Money.ofYuan(amount) : Money.normalize(amount);
    }

    /** An amount as the table shows it: two decimals with thousands separators and its unit. */
    static String show(BigDecimal amount, String unit) {
        return String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_UP)) + " " + unit;
    }

    private static BigDecimal number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) >= LIMIT) {
            throw new IllegalArgumentException("数值超出合理范围");
        }
        BigDecimal v = BigDecimal.valueOf(d).round(EXCEL_DIGITS).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static BigDecimal text(String raw) {
        String s = clean(raw);
        if (s.isEmpty() || s.matches("[-—–－]+") || s.equals("本表无数据")) {
            return BigDecimal.ZERO;
        }
        if (!DECIMAL.matcher(s).matches() || s.length() > 20) {
            String shown = raw.strip();
            throw new IllegalArgumentException("应为金额，却是「" + (shown.length() > 20 ? shown.substring(0, 20) + "…" : shown) + "」");
        }
        return new BigDecimal(s);
    }

    private static String clean(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace(",", "").replace("，", "")
                .replace("\u00a0", "").replace(" ", "").strip();
    }
}
