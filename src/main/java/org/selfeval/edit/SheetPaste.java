package org.selfeval.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.DepartmentSheetDefinition.Row;

/**
 * Cells copied from Excel or WPS (tab-separated lines) pasted into the department sheet's rows
 * (部门整体自评表 粘贴): scores of the 定性 rows and 说明 of any row.
 * <ul>
 * <li>With a heading line naming 得分 (and 三级指标 / 指标名称, 说明 / 扣分原因 / 备注 / 情况说明), its columns are used.
 * <li>Otherwise a line naming a row (a cell equal to its 三级指标) takes the last number after that
 *     cell as the score (the 权重 comes before it in every form) and a text after it as the 说明.
 * <li>Lines of numbers only score the 定性 rows in order.
 * </ul>
 * A score for a computed row, above the row's weight, negative or with more than two decimals is not
 * taken; each such cell is named in {@link Result#problems()}.
 */
public final class SheetPaste {
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d,]*(?:\\.\\d+)?\\s*分?");
    private static final int MAX_LINES = 500;

    private SheetPaste() {
    }

    /**
     * @param report   the report with the sheet before the paste
     * @param scored   how many scores were taken
     * @param noted    how many 说明 were taken
     * @param problems each cell not taken, in Chinese
     */
    public record Result(Report report, int scored, int noted, List<String> problems) {
        public boolean changedAnything() {
            return scored + noted > 0;
        }
    }

    public static Result paste(Report report, DepartmentSheetDefinition sheet, String clipboard) {
        List<String> problems = new ArrayList<>();
        if (sheet == null || clipboard == null || clipboard.isBlank()) {
            return new Result(report, 0, 0, List.of("剪贴板中没有可粘贴的内容"));
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : clipboard.split("\\r?\\n")) {
            if (!line.isBlank()) {
                lines.add(line.split("\t", -1));
            }
            if (lines.size() > MAX_LINES) {
                return new Result(report, 0, 0, List.of("粘贴的内容超过 " + MAX_LINES + " 行，不像是部门整体自评表的指标行"));
            }
        }
        Paster p = new Paster(report, sheet, problems);
        Optional<Header> header = Header.of(lines.get(0));
        if (header.isPresent()) {
            for (int i = 1; i < lines.size(); i++) {
                p.byHeader(lines.get(i), header.get(), i + 1);
            }
        } else if (lines.stream().anyMatch(l -> p.rowNamed(l).isPresent())) {
            for (int i = 0; i < lines.size(); i++) {
                p.byName(lines.get(i), i + 1);
            }
        } else {
            p.inOrder(lines);
        }
        return new Result(p.report, p.scored, p.noted, List.copyOf(problems));
    }

    /** Column positions of a heading line. */
    private record Header(int name, int score, int note) {
        static Optional<Header> of(String[] cells) {
            int name = -1;
            int score = -1;
            int note = -1;
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i].strip();
                if (score < 0 && c.contains("得分") && !c.contains("原因")) {
                    score = i;
                } else if (name < 0 && (c.equals("三级指标") || c.equals("指标名称") || c.equals("指标"))) {
                    name = i;
                } else if (note < 0 && (c.contains("说明") || c.contains("扣分原因") || c.contains("备注") || c.contains("偏差原因"))) {
                    note = i;
                }
            }
            return score >= 0 || note >= 0 ? Optional.of(new Header(name, score, note)) : Optional.empty();
        }
    }

    private static final class Paster {
        private Report report;
        private final DepartmentSheetDefinition sheet;
        private final List<String> problems;
        private int scored;
        private int noted;

        Paster(Report report, DepartmentSheetDefinition sheet, List<String> problems) {
            this.report = report;
            this.sheet = sheet;
            this.problems = problems;
        }

        Optional<Row> rowNamed(String[] cells) {
            for (String c : cells) {
                Optional<Row> row = row(c.strip());
                if (row.isPresent()) {
                    return row;
                }
            }
            return Optional.empty();
        }

        private Optional<Row> row(String name) {
            return sheet.rows().stream().filter(r -> r.name().equals(name)).findFirst();
        }

        void byHeader(String[] cells, Header h, int line) {
            Optional<Row> row = h.name() >= 0 && h.name() < cells.length ? row(cells[h.name()].strip()) : rowNamed(cells);
            if (row.isEmpty()) {
                problems.add("第 " + line + " 行没有本表的指标名称，未采用");
                return;
            }
            if (h.score() >= 0 && h.score() < cells.length && !cells[h.score()].isBlank()) {
                score(row.get(), cells[h.score()].strip(), line);
            }
            if (h.note() >= 0 && h.note() < cells.length && !cells[h.note()].isBlank()) {
                note(row.get(), cells[h.note()].strip());
            }
        }

        void byName(String[] cells, int line) {
            int at = -1;
            Row row = null;
            for (int i = 0; i < cells.length && row == null; i++) {
                Optional<Row> r = row(cells[i].strip());
                if (r.isPresent()) {
                    row = r.get();
                    at = i;
                }
            }
            if (row == null) {
                problems.add("第 " + line + " 行没有本表的指标名称，未采用");
                return;
            }
            int number = -1;
            for (int i = at + 1; i < cells.length; i++) {
                if (NUMBER.matcher(cells[i].strip()).matches()) {
                    number = i;
                }
            }
            if (number >= 0 && row.isQualitative()) {
                score(row, cells[number].strip(), line);
            }
            for (int i = Math.max(number, at) + 1; i < cells.length; i++) {
                String c = cells[i].strip();
                if (!c.isEmpty() && !NUMBER.matcher(c).matches()) {
                    note(row, c);
                    break;
                }
            }
        }

        void inOrder(List<String[]> lines) {
            List<Row> qualitative = sheet.rows().stream().filter(Row::isQualitative).toList();
            int next = 0;
            for (int i = 0; i < lines.size(); i++) {
                String c = lines.get(i)[0].strip();
                if (next >= qualitative.size()) {
                    problems.add("第 " + (i + 1) + " 行：本表只有 " + qualitative.size() + " 个定性指标要评分，多出的未采用");
                    return;
                }
                if (!NUMBER.matcher(c).matches()) {
                    problems.add("第 " + (i + 1) + " 行的“" + c + "”不是得分，未采用");
                    next++;
                    continue;
                }
                score(qualitative.get(next++), c, i + 1);
            }
        }

        private void score(Row row, String text, int line) {
            String where = "第 " + line + " 行“" + row.name() + "”";
            if (!row.isQualitative()) {
                problems.add(where + "由公式计算得分，粘贴的得分 " + text + " 未采用");
                return;
            }
            if (!NUMBER.matcher(text).matches()) {
                problems.add(where + "的得分“" + text + "”不是数字，未采用");
                return;
            }
            BigDecimal v = new BigDecimal(text.replace(",", "").replace("分", "").strip());
            if (v.signum() < 0 || v.compareTo(row.weight()) > 0) {
                problems.add(where + "的得分 " + v.toPlainString() + " 不在 0～" + row.weight().stripTrailingZeros().toPlainString()
                        + " 分（权重）之间，未采用");
                return;
            }
            if (v.stripTrailingZeros().scale() > 2) {
                problems.add(where + "的得分 " + v.toPlainString() + " 超过两位小数，未采用");
                return;
            }
            DepartmentSheet s = report.departmentSheet();
            SheetEntry old = s.entry(row.name()).orElse(new SheetEntry(row.name(), null, ""));
            report = report.withDepartmentSheet(s.withEntry(old.withScore(v)));
            scored++;
        }

        private void note(Row row, String text) {
            DepartmentSheet s = report.departmentSheet();
            SheetEntry old = s.entry(row.name()).orElse(new SheetEntry(row.name(), null, ""));
            report = report.withDepartmentSheet(s.withEntry(old.withNote(text)));
            noted++;
        }
    }
}
