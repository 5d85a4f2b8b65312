package org.selfeval.export.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.export.AtomicOutput;
import org.selfeval.export.ReportExporter;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;
import org.selfeval.model.Report;

/**
 * Writes the 项目支出绩效自评表 workbook: the department's summary sheet first, then one sheet per
 * project in the Sichuan (default) or national form. Formulas carry the model's figures as their cached
 * results (each sheet writes them with the formula; no evaluator runs), so viewers that do not
 * recalculate show the same figures as the app, and those that do compute the same.
 */
public final class XlsxExporter implements ReportExporter {
    /** Every printed page numbered: 第 1 页，共 2 页. */
    static final String PAGE_FOOTER = "第 &P 页，共 &N 页";
    /** SXSSF's window size for "keep every row until the sheet is flushed": a sheet's writer goes back to earlier rows. */
    private static final int EVERY_ROW = -1;
    private final XlsxOptions options;

    /** Layout chosen by each report's profile. */
    public XlsxExporter() {
        this(new XlsxOptions(null));
    }

    public XlsxExporter(XlsxOptions options) {
        this.options = options == null ? new XlsxOptions(null) : options;
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    /**
     * Streams the workbook (SXSSF): each project sheet goes to a temporary file once written, so the
     * workbook is never held as POI's XML objects; the cells are those {@link #build} gives.
     */
    @Override
    public void export(Report report, Path target) throws IOException {
        AtomicOutput.write(target, out -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(newBook(), EVERY_ROW, false, true);
            try {
                write(report, wb, wb.getXSSFWorkbook(), sheet -> ((SXSSFSheet) sheet).flushRows());
                wb.write(out);
            } catch (CellTextTooLongException e) {
                throw new IOException(e.getMessage(), e);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IOException("无法生成自评表工作簿 " + target.getFileName() + "：" + e.getMessage(), e);
            } finally {
                wb.close();
                wb.dispose();
            }
        });
    }

    /** Writes a one-cell workbook with the exporter's styles into no file: POI's classes and schemas loaded. */
    @Override
    public void prepare() throws IOException {
        try (XSSFWorkbook wb = newBook()) {
            new XlsxStyles(wb);
            Sheet sheet = wb.createSheet(SichuanForm.SUMMARY_SHEET);
            sheet.createRow(0).createCell(0).setCellValue("部门整体支出绩效自评报告");
            sheet.getFooter().setCenter(PAGE_FOOTER);
            wb.write(java.io.OutputStream.nullOutputStream());
        }
    }

    /** The workbook in memory, formulas with their results; the caller closes it. */
    public XSSFWorkbook build(Report report) {
        XSSFWorkbook wb = newBook();
        try {
            write(report, wb, wb, sheet -> { });
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return wb;
    }

    /** What is done with a sheet once written: nothing in memory, flushed to its file when streaming. */
    private interface SheetDone {
        void written(Sheet sheet) throws IOException;
    }

    private static XSSFWorkbook newBook() {
        XSSFWorkbook wb = new XSSFWorkbook(PlainStringTable.factory());
        // the project sheets' formulas are a few fixed shapes (XlsxCachedValuesTest parses and evaluates
        // them all): POI's check on setting one would parse each of the thousands again; in memory the
        // summary's (sheet names) and the department sheet's (the profile's expressions) are checked
        wb.setCellFormulaValidation(false);
        return wb;
    }

    /** Writes the sheets into wb, whose workbook part is book (wb itself, or what an SXSSF workbook streams into). */
    private void write(Report report, Workbook wb, XSSFWorkbook book, SheetDone done) throws IOException {
        XlsxLayout layout = options.resolve(report).layout();
        XlsxStyles styles = new XlsxStyles(wb);
        SheetNames names = new SheetNames();
        String summaryName = names.unique(SichuanForm.SUMMARY_SHEET);
        List<ProjectSheetRef> refs = new ArrayList<>();
        java.util.Map<String, org.selfeval.exchange.xlsx.ProjectMeta> metas = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Project p : report.projects()) {
            n++;
            String name = names.unique(p.name().isBlank() ? "项目" + n : p.name());
            Sheet sheet = wb.createSheet(name);
            if (layout != XlsxLayout.SICHUAN) {
                NationalProjectSheet s = new NationalProjectSheet(sheet, styles, p, report.year(),
                        layout == XlsxLayout.ANHUI ? ProjectForm.ANHUI : ProjectForm.NATIONAL);
                s.write();
                metas.put(name, s.meta());
                refs.add(s.ref());
            } else {
                SichuanProjectSheet s = new SichuanProjectSheet(sheet, styles, p, report.year());
                s.write();
                metas.put(name, s.meta());
                refs.add(s.ref());
            }
            done.written(sheet);
        }
        book.setCellFormulaValidation(true);
        Sheet summary = wb.createSheet(summaryName);
        new SummarySheet(summary, styles, report, refs).write();
        var departmentScore = org.selfeval.scoring.DepartmentScore.of(report);
        if (departmentScore.isPresent() && !report.departmentSheet().isEmpty()) {
            Sheet department = wb.createSheet(names.unique(SichuanForm.DEPARTMENT_SHEET));
            new DepartmentScoreSheet(department, styles, report, departmentScore.get()).write();
            wb.setSheetOrder(department.getSheetName(), 0);
        }
        wb.setSheetOrder(summaryName, 0);
        for (Sheet s : wb) {
            s.getFooter().setCenter(PAGE_FOOTER);
        }
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        properties(book, report);
        org.selfeval.exchange.xlsx.WorkbookMeta.write(book, metas);
    }

    private static void properties(XSSFWorkbook wb, Report report) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(report.department().fullName() + report.year() + "年度项目支出绩效自评表");
        core.setCreator(report.department().fullName());
        core.setSubjectProperty("项目支出绩效自评表");
        core.setCreated(Optional.of(new Date()));
    }
}
