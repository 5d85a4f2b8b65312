package org.selfeval.exchange.xlsx;

import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.exchange.ReportFormatException;

/**
 * Finds a form's labels by their text, wherever the file puts them: the provincial system's exports
 * add blank rows and columns and merge label cells differently from ours, so no label is looked for
 * at a fixed cell. A label's value is the first cell right of the label's (merged) block, or the
 * first filled row below it.
 */
final class SheetLabels {
    /** Labels are looked for in this many columns: a form is a dozen wide, exports pad a few. */
    static final int MAX_COLUMNS = 40;

    /** A 项目名称 as the provincial system writes it: a long project code, a dash, the name. */
    static final java.util.regex.Pattern CODED_NAME =
            java.util.regex.Pattern.compile("([0-9A-Z]{15,30})[-－—](.+)", java.util.regex.Pattern.DOTALL);

    private final Sheet sheet;
    private final CellReader cells;

    /** First row of the part of the sheet looked in, and the row after its last. */
    private final int top;
    private final int end;

    SheetLabels(Sheet sheet, CellReader cells) {
        this(sheet, cells, 0, sheet.getLastRowNum() + 1);
    }

    /** Labels of rows [top, end) only: one of several tables one under another on a sheet. */
    SheetLabels(Sheet sheet, CellReader cells, int top, int end) {
        this.sheet = sheet;
        this.cells = cells;
        this.top = Math.max(top, 0);
        this.end = Math.min(end, sheet.getLastRowNum() + 1);
    }

    /**
     * The rows where a form's title starts a table, for a sheet that holds several tables one under
     * another; each table runs from its title (or the 报表编号 line just above it) to the next one's.
     */
    java.util.List<Integer> tableStarts(Predicate<String> title) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        for (int r = top; r < end; r++) {
            if (inRow(title, r, 0).isPresent()) {
                boolean numberAbove = r > top && inRow(l -> l.contains("510000_0013zp"), r - 1, 0).isPresent();
                starts.add(starts.isEmpty() ? top : numberAbove ? r - 1 : r);
            }
        }
        return starts;
    }

    /** A cell's position. */
    record At(int row, int col) {
    }

    /**
     * The text of a label cell, whitespace (also inside, as exports wrap labels) and a trailing colon
     * ("年度资金总额:", "项目名称：") removed.
     */
    String label(int r, int c) {
        String l = squeeze(cells.label(r, c));
        return l.endsWith("：") || l.endsWith(":") ? l.substring(0, l.length() - 1) : l;
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** The first cell, row by row from {@code fromRow}, whose label matches. */
    Optional<At> find(Predicate<String> match, int fromRow) {
        for (int r = Math.max(fromRow, top); r < end; r++) {
            Optional<At> at = inRow(match, r, 0);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    /** The first cell of row r from column fromCol whose label matches. */
    Optional<At> inRow(Predicate<String> match, int r, int fromCol) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return Optional.empty();
        }
        int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
        for (int c = Math.max(fromCol, 0); c < last; c++) {
            String l = label(r, c);
            if (!l.isEmpty() && match.test(l)) {
                return Optional.of(new At(r, c));
            }
        }
        return Optional.empty();
    }

    Optional<At> find(String exact, int fromRow) {
        return find(exact::equals, fromRow);
    }

    /** The column of the header in row r that matches, -1 when there is none. */
    int column(int r, Predicate<String> match) {
        return inRow(match, r, 0).map(At::col).orElse(-1);
    }

    /** The first row from {@code fromRow} that has both headers. */
    Optional<Integer> headerRow(int fromRow, Predicate<String> a, Predicate<String> b) {
        return headerRow(fromRow, end, a, b);
    }

    /** The first row in [fromRow, toRow) that has both headers. */
    Optional<Integer> headerRow(int fromRow, int toRow, Predicate<String> a, Predicate<String> b) {
        for (int r = Math.max(fromRow, top); r < Math.min(end, toRow); r++) {
            if (inRow(a, r, 0).isPresent() && inRow(b, r, 0).isPresent()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The column just right of the (merged) block that holds (r, c). */
    int rightOf(int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region.getLastColumn() + 1;
            }
        }
        return c + 1;
    }

    /** The row just below the (merged) block that holds (r, c). */
    int below(int r, int c) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(r, c)) {
                return region.getLastRow() + 1;
            }
        }
        return r + 1;
    }

    /** The column of the header in row r that matches; an error naming the header row when there is none. */
    int requiredColumn(int r, Predicate<String> match, String what) throws ReportFormatException {
        int c = column(r, match);
        if (c < 0) {
            throw cells.error(r, 0, what, "表头第 " + (r + 1) + " 行找不到「" + what + "」列");
        }
        return c;
    }

    /** The text under a header's (merged) block, blank rows skipped, up to row {@code limit}. */
    String textBelow(At at, int limit, String what) throws ReportFormatException {
        int r = below(at.row(), at.col());
        while (r < limit && isBlankRow(r)) {
            r++;
        }
        return r < limit ? cells.mergedText(r, at.col(), what) : "";
    }

    /** The text right of a label's (merged) block. */
    String valueRightOf(At at, String what) throws ReportFormatException {
        return cells.mergedText(at.row(), rightOf(at.row(), at.col()), what);
    }

    /**
     * An 一级/二级指标 cell: merged down over its rows, or left blank under the row that names it (the
     * provincial exports unmerge), which then gives {@code previous}.
     */
    String level(int r, int c, String what, String previous) throws ReportFormatException {
        String text = cells.mergedText(r, c, what);
        return text.isEmpty() && !cells.isMerged(r, c) ? previous : text;
    }

    /**
     * 项目编码 and 项目名称 of a 项目名称 cell: "51092324T000010263357-名称" as the provincial system writes
     * it, or the code known from our data part; {code (null = none), name}.
     */
    static String[] codeAndName(String display, String knownCode) {
        if (knownCode != null && display.startsWith(knownCode + "-")) {
            return new String[] {knownCode, display.substring(knownCode.length() + 1)};
        }
        if (knownCode == null) {
            java.util.regex.Matcher m = CODED_NAME.matcher(display.strip());
            if (m.matches()) {
                return new String[] {m.group(1), m.group(2)};
            }
        }
        return new String[] {knownCode, display};
    }

    /** Whether no cell of the row up to {@link #MAX_COLUMNS} holds anything. */
    boolean isBlankRow(int r) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() < MAX_COLUMNS && !cells.isEmpty(r, cell.getColumnIndex())) {
                return false;
            }
        }
        return true;
    }

    /** The first row from r that is not blank, or r when all are. */
    int skipBlank(int r, int limit) {
        int k = r;
        while (k < limit && isBlankRow(k)) {
            k++;
        }
        return k < limit ? k : r;
    }

    /** Whether any label of the first {@code rows} rows matches. */
    boolean anyLabel(int rows, Predicate<String> match) {
        for (int r = top; r < Math.min(end, top + rows); r++) {
            if (inRow(match, r, 0).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
