package org.selfeval.exchange.xlsx;

import java.util.List;
import org.selfeval.model.Project;

/**
 * What a self-evaluation workbook holds: its project sheets read into projects, in sheet order, and
 * the names of the sheets that are summaries (skipped) or something else (not read).
 *
 * @param file     the file's name, as shown
 * @param projects the project sheets read
 * @param summaries the summary sheets skipped (自评汇总表, 部门整体自评表)
 * @param others   the sheets that are neither, as 工作表「…」
 * @param sheets   every sheet, named with what it is taken for, e.g. 「Sheet1」（其他表格）
 * @param xls      whether the file is an old .xls workbook
 */
public record WorkbookProjects(String file, List<SheetProject> projects, List<String> summaries, List<String> others,
                               List<String> sheets, boolean xls) {
    public WorkbookProjects {
        projects = List.copyOf(projects);
        summaries = List.copyOf(summaries);
        others = List.copyOf(others);
        sheets = List.copyOf(sheets);
    }

    /** This, or — when no sheet is a project's 自评表 — an error that says what the sheets are. */
    public WorkbookProjects requireProjects() throws WorkbookFormatException {
        if (projects.isEmpty()) {
            throw new WorkbookFormatException(file, "", "找不到项目支出绩效自评表（四川格式 510000_0013zp 或全国格式"
                    + "财预〔2020〕10号）；工作簿" + (xls ? "（.xls）" : "") + "中的工作表为："
                    + (sheets.isEmpty() ? "（没有工作表）" : String.join("、", sheets)));
        }
        return this;
    }

    /**
     * One project's table: its sheet, its layout, the project read, and — on a sheet that holds several
     * tables one under another — which one (1, 2, …) and its first row (1-based); 0 for a whole sheet.
     */
    public record SheetProject(String sheet, SheetKind kind, Project project, int table, int firstRow) {
        public SheetProject(String sheet, SheetKind kind, Project project) {
            this(sheet, kind, project, 0, 0);
        }

        /** Where it was read, in the clerk's words: 工作表「…」, or 工作表「…」第 2 张表（第 41 行起）. */
        public String where() {
            return "工作表「" + sheet + "」" + (table == 0 ? "" : "第 " + table + " 张表（第 " + firstRow + " 行起）");
        }
    }
}
