package org.selfeval.intake.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.xlsx.SheetKind;
import org.selfeval.exchange.xlsx.WorkbookProjects;
import org.selfeval.exchange.xlsx.XlsxImporter;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.IntakeReader;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Targets;

/**
 * Reads a 项目支出绩效自评表 workbook (自评表) into an import preview: one item per project sheet, the
 * project with the figures its table states for itself (总额, 执行率, 得分, 合计), so that the audit can
 * compare them with what its rows imply. Reads the Sichuan 510000_0013zp form and the national
 * 财预〔2020〕10号 form as the provincial system exports them, and this tool's own exports, .xlsx or .xls.
 * Summary sheets are skipped; any other sheet is named in the preview's {@code notFound}.
 */
public final class SelfEvaluationWorkbookReader implements IntakeReader {

    public SelfEvaluationWorkbookReader() {
        // nothing to set up: every read opens its own file
    }

    @Override
    public ImportPreview read(Path file) throws ReportFormatException {
        WorkbookProjects read = new XlsxImporter().readAll(file).requireProjects();
        List<Found<?>> found = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (WorkbookProjects.SheetProject p : read.projects()) {
            String name = p.project().name();
            if (!names.add(name)) {
                notices.add(p.where() + "的项目「" + name + "」与前面的表同名，导入时以后者为准");
            }
            found.add(new Found<>(Targets.project(name), p.project(), p.where()));
        }
        for (String summary : read.summaries()) {
            notices.add("工作表「" + summary + "」是汇总表，不含单个项目，已跳过");
        }
        List<String> notFound = read.others().stream()
                .map(o -> o + "不是项目支出绩效自评表（四川格式 510000_0013zp 或全国格式），未导入").toList();
        return new ImportPreview(read.file(), SourceKind.SELF_EVALUATION_WORKBOOK, found, notFound, notices);
    }

    /**
     * Whether the workbook is a 自评表 workbook (at least one project sheet of either layout) rather
     * than, say, a 决算 workbook: for a dispatcher choosing the reader.
     */
    public static boolean looksLikeSelfEvaluation(Workbook wb) {
        for (Sheet sheet : wb) {
            if (SheetKind.of(sheet).isProject()) {
                return true;
            }
        }
        return false;
    }
}
