package org.selfeval.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Department;
import org.selfeval.model.Report;

/**
 * One way in for every kind of file (导入): tells what the file is by its content and hands it to the
 * reader of that kind — our report file, a 部门决算 workbook, a 自评表 workbook, a published report
 * (.docx, .pdf, .txt). Pure: reads the file, changes no report.
 */
public final class FileImport {
    /** Sheet names of the 决算 tables: "Z01 收入支出决算总表(财决01表)", "收入支出决算总表", "财决04"… */
    private static final Pattern FINAL_ACCOUNTS_SHEET = Pattern.compile("决算|财决|^[ZF]\\d{2}");

    /** The readers of each kind. */
    public record Readers(IntakeReader reportFile, IntakeReader finalAccounts, IntakeReader selfEvaluation,
                          IntakeReader publishedReport) {
        public Readers {
            Objects.requireNonNull(reportFile);
            Objects.requireNonNull(finalAccounts);
            Objects.requireNonNull(selfEvaluation);
            Objects.requireNonNull(publishedReport);
        }
    }

    private final Readers readers;

    public FileImport(Readers readers) {
        this.readers = readers;
    }

    public ImportPreview read(Path file) throws ReportFormatException {
        FileType type = FileSniffer.sniff(file);
        return switch (type) {
            case REPORT_JSON -> readers.reportFile().read(file);
            case XLSX, XLS -> workbook(file, type);
            case DOCX, PDF, TEXT -> readers.publishedReport().read(file);
        };
    }

    /**
     * A report made from the file alone, for auditing a file that is not in the workspace: our report
     * file as it is; any other file's findings put into an empty report (of the year the file names,
     * else {@code fallbackYear}).
     */
    public Report reportFrom(Path file, int fallbackYear) throws ReportFormatException {
        if (FileSniffer.sniff(file) == FileType.REPORT_JSON) {
            return org.selfeval.exchange.ReportJson.read(file);
        }
        ImportPreview preview = read(file);
        return preview.applyAll(Report.empty(java.util.UUID.randomUUID().toString(), fallbackYear, Department.EMPTY));
    }

    private ImportPreview workbook(Path file, FileType type) throws ReportFormatException {
        List<String> sheets;
        try {
            sheets = WorkbookSheetNames.read(file, type);
        } catch (IOException e) {
            throw new ReportFormatException(String.valueOf(file.getFileName()), "",
                    "文件已损坏或设置了打开密码，无法读出其中的工作表");
        }
        boolean accounts = sheets.stream().anyMatch(s -> FINAL_ACCOUNTS_SHEET.matcher(s).find());
        if (accounts) {
            return readers.finalAccounts().read(file);
        }
        try {
            return readers.selfEvaluation().read(file);
        } catch (ReportFormatException notSelfEvaluation) {
            try {
                return readers.finalAccounts().read(file);
            } catch (ReportFormatException notAccounts) {
                throw notSelfEvaluation;
            }
        }
    }
}
