package org.selfeval.intake.accounts;

import java.util.List;
import java.util.Objects;

/**
 * One layout of the 部门决算 tables (决算表式), as data: which tables there are, how each is recognised
 * (sheet names and title cells), which figures to read from each by row and column labels, and
 * which figures must agree across tables. Read from a JSON resource by {@link Layouts}.
 *
 * @param id          stable name, e.g. "public-nine"
 * @param name        what the clerk calls it, e.g. "部门决算公开表（九张表）"
 * @param defaultUnit the amount unit when a sheet's header names none: "元" or "万元"
 * @param tables      the tables, in the order they are read
 * @param checks      figures that must agree (跨表核对)
 */
public record Layout(String id, String name, String defaultUnit, List<Table> tables, List<Check> checks) {
    public Layout {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        defaultUnit = defaultUnit == null ? AmountReader.WAN_YUAN : defaultUnit;
        tables = List.copyOf(tables);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /**
     * One table (决算表), e.g. 收入支出决算总表.
     *
     * @param id           short name used by the checks, e.g. "t1"
     * @param title        the table's name in the clerk's words
     * @param sheetAliases texts that a sheet name contains (codes such as "财决01" survive Excel's
     *                     31-character cut)
     * @param titleAliases texts of the title cell, for sheets named "Sheet1" or "表1"
     * @param optional     whether a workbook of this layout may lack it without a 未找到 line
     * @param figures      the figures read from it
     */
    public record Table(String id, String title, List<String> sheetAliases, List<String> titleAliases, boolean optional,
                        List<Figure> figures) {
        public Table {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            sheetAliases = sheetAliases == null ? List.of() : List.copyOf(sheetAliases);
            titleAliases = titleAliases == null ? List.of() : List.copyOf(titleAliases);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    /**
     * One figure of a table: the cell where the row with one of {@code rows} meets the nearest column
     * to its right headed by one of {@code columns} (under a header of {@code group} when given).
     * Aliases are tried in order. No {@code rows}: the lowest row holding a number in that column
     * (tables whose one data row has no label, e.g. a "三公"经费 table laid out across).
     *
     * @param id       name used by the checks, e.g. "t1.incomeTotal"
     * @param label    the figure in the clerk's words, e.g. "一般公共预算财政拨款收入"
     * @param targets  the keys of the report's places it fills; empty = read for the checks only
     * @param rows     row labels (行), in order of preference
     * @param columns  column headers (列), in order of preference
     * @param group    header above the column (e.g. "年末结转和结余" over "基本支出结转"); empty = none
     * @param optional whether a table may lack it without a 未找到 line (e.g. 结余)
     */
    public record Figure(String id, String label, List<String> targets, List<String> rows, List<String> columns,
                         List<String> group, boolean optional) {
        public Figure {
            Objects.requireNonNull(id);
            Objects.requireNonNull(label);
            targets = targets == null ? List.of() : List.copyOf(targets);
            rows = rows == null ? List.of() : List.copyOf(rows);
            columns = List.copyOf(columns);
            group = group == null ? List.of() : List.copyOf(group);
        }
    }

    /**
     * Figures that must agree: the sum of {@code left} against the sum of {@code right} (ids of figures).
     *
     * @param left  ids of figures, added
     * @param right ids of figures, added
     */
    public record Check(List<String> left, List<String> right) {
        public Check {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }
}
