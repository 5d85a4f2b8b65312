package org.selfeval.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Project;

/**
 * Reads the project sheets of a 项目支出绩效自评表 workbook into projects: this tool's own exports (both
 * layouts, back into equal projects) and the provincial system's exports of the Sichuan 510000_0013zp
 * form or the national 财预〔2020〕10号 form, as .xlsx or .xls. Anything it cannot read — not a workbook, a
 * password, a zip bomb, a letter or a negative number where an amount belongs, a formula where text
 * belongs, a sheet of absurd size — ends in a {@link ReportFormatException} whose Chinese message
 * names the file, sheet and cell. {@link WorkbookFile} opens the file and applies the size limits.
 */
public final class XlsxImporter {
    /** Larger files are refused before they are opened. */
    public static final long MAX_FILE_BYTES = WorkbookFile.MAX_FILE_BYTES;
    /** A project sheet of the form has a few dozen rows. */
    public static final int MAX_ROWS = WorkbookFile.MAX_ROWS;
    public static final int MAX_SHEETS = WorkbookFile.MAX_SHEETS;

    /** The projects of a workbook of project sheets and summaries only; any other sheet is refused. */
    public List<Project> read(Path file) throws ReportFormatException {
        WorkbookProjects read = readAll(file);
        if (read.projects().isEmpty() && read.summaries().isEmpty()) {
            read.requireProjects();
        }
        if (!read.others().isEmpty()) {
            throw new WorkbookFormatException(read.file(), read.others().get(0), "不是部门预算项目支出绩效自评表（"
                    + SichuanForm.FORM_NUMBER + "）或全国格式的项目支出绩效自评表，无法导入；请只保留汇总表和项目自评表");
        }
        return read.projects().stream().map(WorkbookProjects.SheetProject::project).toList();
    }

    /**
     * Every project sheet of the workbook, with the summary and other sheets named; fails only when
     * the file cannot be read (see {@link WorkbookProjects#requireProjects()} for a workbook without any).
     */
    public WorkbookProjects readAll(Path file) throws ReportFormatException {
        try (WorkbookFile opened = WorkbookFile.open(file)) {
            return read(opened);
        } catch (IOException e) {
            throw new WorkbookFormatException(String.valueOf(file.getFileName()), "", "无法读取文件：" + e.getMessage());
        }
    }

    private static WorkbookProjects read(WorkbookFile opened) throws ReportFormatException {
        Workbook wb = opened.workbook();
        Map<String, ProjectMeta> meta = opened.meta();
        List<WorkbookProjects.SheetProject> projects = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        for (Sheet sheet : wb) {
            CellReader cells = new CellReader(opened.name(), sheet);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw cells.sheetError("有 " + (sheet.getLastRowNum() + 1) + " 行，超过自评表的上限 " + MAX_ROWS + " 行，拒绝读取");
            }
            SheetKind kind = SheetKind.of(sheet);
            String name = sheet.getSheetName();
            sheets.add("「" + name + "」（" + kind.label() + "）");
            switch (kind) {
                case SICHUAN, NATIONAL -> projects.addAll(tables(opened, sheet, kind, meta.get(name)));
                case SUMMARY -> summaries.add(name);
                default -> others.add("工作表「" + name + "」");
            }
        }
        return new WorkbookProjects(opened.name(), projects, summaries, others, sheets, opened.isXls());
    }

    /** The project tables of one sheet: the whole sheet, or each of several tables one under another. */
    private static List<WorkbookProjects.SheetProject> tables(WorkbookFile opened, Sheet sheet, SheetKind kind,
                                                             ProjectMeta meta) throws ReportFormatException {
        String name = sheet.getSheetName();
        List<Integer> starts = new SheetLabels(sheet, new CellReader(opened.name(), sheet)).tableStarts(
                kind == SheetKind.SICHUAN ? l -> l.startsWith("部门预算项目支出绩效自评表") : "项目支出绩效自评表"::equals);
        if (starts.size() <= 1) {
            return List.of(new WorkbookProjects.SheetProject(name, kind, read(opened, sheet, kind, meta, 0, sheet.getLastRowNum() + 1)));
        }
        List<WorkbookProjects.SheetProject> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int top = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : sheet.getLastRowNum() + 1;
            out.add(new WorkbookProjects.SheetProject(name, kind, read(opened, sheet, kind, null, top, end), i + 1, top + 1));
        }
        return out;
    }

    private static Project read(WorkbookFile opened, Sheet sheet, SheetKind kind, ProjectMeta meta, int top, int end)
            throws ReportFormatException {
        return kind == SheetKind.SICHUAN ? new ProjectSheetReader(opened.name(), sheet, meta, top, end).read()
                : new NationalSheetReader(opened.name(), sheet, meta, top, end).read();
    }
}
