package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.PlainText;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.export.xlsx.XlsxExporter;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** A report's PDF, DOCX and XLSX all print the forms and the outline of its regional profile. */
class RegionalFormsExportTest {
    @TempDir
    Path dir;

    /** The sample under the national profile, one project with a target that carries its own sign. */
    static Report nationalSample() throws Exception {
        Report r = SampleDocuments.report().withProfile("national");
        List<Project> projects = new ArrayList<>(r.projects());
        Project p = projects.get(1);
        List<Indicator> rows = new ArrayList<>(p.indicators());
        rows.set(rows.size() - 1, rows.get(rows.size() - 1).withTarget("≥95"));
        projects.set(1, p.withIndicators(rows).withFunds(FundSource.UNIT, new BudgetFigures(new BigDecimal("50"), null, null)));
        return r.withProjects(projects);
    }

    @Test
    void theNationalProfilePrintsTheNationalFormInPdfDocxAndXlsx() throws Exception {
        Report r = nationalSample();
        Path pdf = dir.resolve("r.pdf");
        Path docx = dir.resolve("r.docx");
        Path xlsx = dir.resolve("r.xlsx");
        new PdfExporter().export(r, pdf);
        new DocxExporter().export(r, docx);
        new XlsxExporter().export(r, xlsx);

        String pdfText = pdfText(pdf);
        String docxText;
        try (InputStream in = Files.newInputStream(docx); XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            docxText = x.getText();
        }
        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains("项目支出绩效自评表", "年度资金总额", "当年财政拨款", "上年结转资金", "全年预算数",
                    "偏差原因分析及改进措施", "总分", "≥95%");
            assertThat(text).doesNotContain("510000_0013zp", "财政专户管理资金", "未完成原因分析", "≥≥");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheet("乐山市不动产联审登记全市通办系统信息化建设");
            assertThat(s).as("a sheet per project").isNotNull();
            DataFormatter show = new DataFormatter();
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            List<String> shown = new ArrayList<>();
            int formulas = 0;
            for (Row row : s) {
                for (Cell c : row) {
                    shown.add(show.formatCellValue(c, eval));
                    if (c.getColumnIndex() == 7 && c.getRowIndex() >= 12 && c.getRowIndex() < 12 + r.projects().get(1).indicators().size()
                            && c.getCellType() == CellType.FORMULA) {
                        formulas++;
                    }
                }
            }
            // the unit % is shown as the full-width ％ inside a number format (no reader scales it then)
            assertThat(shown).contains("项目支出绩效自评表", "年度资金总额", "其中：当年财政拨款", "≥95％", "98％", "≥3个");
            assertThat(shown).noneMatch(t -> t.contains("≥≥"));
            Project p = r.projects().get(1);
            // every row but the 定性 one whose score the clerk set within its band
            assertThat(formulas).as("indicator 得分 cells are formulas").isEqualTo(p.indicators().size() - 1);
            // 财政资金 60 → 60 and 单位资金 50 not adjusted: the 全年预算数 of the 总额 row is 110
            eval.evaluateAll();
            assertThat(s.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(110.0);
            assertThat(p.totalFunds().effectiveBudget()).isEqualByComparingTo("110");
            for (int i = 0; i < p.indicators().size(); i++) {
                double computed = s.getRow(12 + i).getCell(7).getNumericCellValue();
                assertThat(BigDecimal.valueOf(computed)).as("row %d", i)
                        .isEqualByComparingTo(p.indicators().get(i).effectiveScore().orElseThrow());
            }
        }
    }

    @Test
    void theHunanProfilePrintsItsOwnOutline() throws Exception {
        Report r = SampleDocuments.report().withProfile("hunan");
        String text = PlainText.render(ReportDocumentBuilder.build(r));
        assertThat(text).contains("一、部门基本情况", "（一）部门职能职责。", "二、部门整体支出管理及使用情况", "（一）部门收入情况",
                "三、部门整体支出绩效情况", "四、存在的问题及原因分析", "五、下一步改进措施",
                "六、部门整体支出绩效自评结果拟应用和公开情况");
        assertThat(text).doesNotContain("部门财政资金收支情况", "评价结论及建议");
        // the same paragraphs, only placed by another outline
        assertThat(text).contains(r.basics().functions().substring(0, 30), r.conclusion().problems().substring(0, 20));
        Path pdf = dir.resolve("hunan.pdf");
        new PdfExporter().export(r, pdf);
        assertThat(pdfText(pdf)).contains("二、部门整体支出管理及使用情况", "五、下一步改进措施");
        Path docx = dir.resolve("hunan.docx");
        new DocxExporter().export(r, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(x.getText()).contains("二、部门整体支出管理及使用情况", "六、部门整体支出绩效自评结果拟应用和公开情况");
        }
    }

    @Test
    void theAnhuiProfilePrintsTheNationalFormInAnhuisWording() throws Exception {
        Report r = nationalSample().withProfile("anhui");
        Path pdf = dir.resolve("anhui.pdf");
        Path xlsx = dir.resolve("anhui.xlsx");
        new PdfExporter().export(r, pdf);
        new XlsxExporter().export(r, xlsx);
        // the project's 产出指标 rows weigh 20 + 20 + 10
        assertThat(ProjectFormGrid.of(r.projects().get(1), org.selfeval.profile.ProjectForm.ANHUI, r.year()).cells())
                .extracting(ProjectFormGrid.Cell::text).contains("产出指标(50分)", "效益指标(20分)", "其中：本年财政拨款");
        // in the PDF the narrow 一级 cell wraps "(50分)" onto a line of its own
        assertThat(pdfText(pdf)).contains("其中：本年财政拨款", "产出指标", "(50分)", "年度资金总额").doesNotContain("当年财政拨款");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet s = wb.getSheet("乐山市不动产联审登记全市通办系统信息化建设");
            assertThat(s.getRow(6).getCell(1).getStringCellValue()).isEqualTo("其中：本年财政拨款");
            assertThat(s.getRow(12).getCell(1).getStringCellValue()).isEqualTo("产出指标(50分)");
        }
    }

    @Test
    void theDepartmentSheetIsTheFirstAttachmentOfThePdfAndTheDocx() throws Exception {
        Report r = SampleDocuments.report();
        Path pdf = dir.resolve("sheet.pdf");
        Path docx = dir.resolve("sheet.docx");
        new PdfExporter().export(r, pdf);
        new DocxExporter().export(r, docx);
        String text = pdfText(pdf);
        assertThat(text).contains("附件：1.市政管局部门整体支出绩效自评表", "2.市政管局项目支出绩效自评表（政务大厅运行经费）",
                "附件1", "部门整体支出绩效自评指标表", "自评总分", "96.66", "预算执行率", "14.66", "附件2", "附件3");
        assertThat(text.indexOf("部门整体支出绩效自评指标表")).isLessThan(text.indexOf("项目名称"));
        // the sample note is for the window only
        assertThat(text).doesNotContain(r.departmentSheet().sampleNote().substring(0, 12));
        try (InputStream in = Files.newInputStream(docx); XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(x.getText()).contains("部门整体支出绩效自评指标表", "96.66", "资金结余率", "4.34%")
                    .doesNotContain(r.departmentSheet().sampleNote().substring(0, 12));
        }
    }

    static String pdfText(Path pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return all.toString().replace(" ", "");
    }
}
