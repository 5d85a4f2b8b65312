package org.selfeval.intake.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds a figure's cell in one sheet by its labels (按标签定位), never by coordinates: the row whose
 * label is one of the row aliases, and the nearest column to the right of that label headed (above
 * it) by one of the column aliases. "Nearest to the right" splits tables whose two sides share rows
 * (the 总表: 收入 on the left, 支出 on the right, each with its own 决算数 column).
 */
final class LabelFinder {
    /** A group header without a merged block covers at most this many columns to its right. */
    private static final int GROUP_WIDTH = 12;

    private final Sheet sheet;
    private final List<Text> texts = new ArrayList<>();

    /** A text cell, its label normalised. */
    private record Text(int row, int column, String label) {
    }

    /** Where a figure is: its cell, or why it was not found. */
    record Result(int row, int column, String missing) {
        boolean found() {
            return missing == null;
        }
    }

    LabelFinder(Sheet sheet) {
        this.sheet = sheet;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    String label = Labels.normalize(c.getStringCellValue());
                    if (!label.isEmpty()) {
                        texts.add(new Text(c.getRowIndex(), c.getColumnIndex(), label));
                    }
                }
            }
        }
    }

    /** Whether the sheet has a text cell with this label (normalised), e.g. "本表无数据". */
    boolean has(String label) {
        String l = Labels.normalize(label);
        return texts.stream().anyMatch(t -> t.label.equals(l));
    }

    Result find(Layout.Figure figure) {
        int[] span = {0, Integer.MAX_VALUE};
        int groupRow = -1;
        if (!figure.group().isEmpty()) {
            Optional<Text> group = first(figure.group());
            if (group.isEmpty()) {
                return missing("未找到表头「" + figure.group().get(0) + "」");
            }
            span = span(group.get());
            groupRow = group.get().row;
        }
        List<Text> headers = new ArrayList<>();
        for (String alias : figure.columns()) {
            headers = matching(alias, groupRow, span);
            if (!headers.isEmpty()) {
                break;
            }
        }
        if (headers.isEmpty()) {
            return missing("未找到列「" + figure.columns().get(0) + "」");
        }
        if (figure.rows().isEmpty()) {
            return lowestNumber(headers);
        }
        for (String alias : figure.rows()) {
            String a = Labels.normalize(alias);
            for (Text label : texts) {
                if (label.label.equals(a)) {
                    Optional<Text> column = headers.stream()
                            .filter(h -> h.row < label.row && h.column > label.column)
                            .min(Comparator.comparingInt(Text::column));
                    if (column.isPresent()) {
                        return new Result(label.row, column.get().column, null);
                    }
                }
            }
        }
        boolean anyRow = figure.rows().stream().map(Labels::normalize).anyMatch(a -> texts.stream().anyMatch(t -> t.label.equals(a)));
        return missing(anyRow ? "行「" + figure.rows().get(0) + "」的右侧没有「" + figure.columns().get(0) + "」列"
                : "未找到行「" + figure.rows().get(0) + "」");
    }

    private static Result missing(String why) {
        return new Result(-1, -1, why);
    }

    private Optional<Text> first(List<String> aliases) {
        for (String alias : aliases) {
            String a = Labels.normalize(alias);
            Optional<Text> t = texts.stream().filter(x -> x.label.equals(a)).findFirst();
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private List<Text> matching(String alias, int belowRow, int[] span) {
        String a = Labels.normalize(alias);
        return texts.stream().filter(t -> t.label.equals(a) && t.row > belowRow && t.column >= span[0] && t.column <= span[1])
                .toList();
    }

    /** The columns a group header covers: its merged block, else up to the next header in its row. */
    private int[] span(Text group) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(group.row, group.column)) {
                return new int[] {m.getFirstColumn(), m.getLastColumn()};
            }
        }
        int end = texts.stream().filter(t -> t.row == group.row && t.column > group.column).mapToInt(Text::column)
                .min().orElse(group.column + GROUP_WIDTH + 1) - 1;
        return new int[] {group.column, end};
    }

    /** For a table whose one data row has no label: the lowest row holding a number under the header. */
    private Result lowestNumber(List<Text> headers) {
        for (Text h : headers) {
            for (int r = sheet.getLastRowNum(); r > h.row; r--) {
                Row row = sheet.getRow(r);
                Cell c = row == null ? null : row.getCell(h.column);
                if (AmountReader.holdsNumber(c)) {
                    return new Result(r, h.column, null);
                }
            }
        }
        return missing("列「" + headers.get(0).label + "」下没有数字");
    }
}
