package org.selfeval.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.intake.FileSniffer;
import org.selfeval.intake.FileType;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.StandardImport;
import org.selfeval.intake.Targets;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.ReportSummary;
import org.selfeval.store.SnapshotKind;
import org.selfeval.store.SqliteWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE [--report ID] [--dry-run] [--format text|json] [--skip KEY…]}: our report file is
 * imported whole (a report of the same ID replaced, a snapshot kept first); any other file — 决算 tables,
 * a 自评表 workbook, a published report — fills the figures and paragraphs it holds into a report.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入文件：报告文件（JSON）整份导入；部门决算表（.xlsx/.xls）、项目支出绩效自评表（.xlsx/.xls）、",
                "已发布的自评报告（.docx/.pdf/.txt）中识别出的数字与段落填入报告。改动前自动留快照；--dry-run 只列出将要改动的内容。"})
final class ImportCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE", description = "要导入的文件")
    Path file;

    @Option(names = "--report", paramLabel = "ID", description = "填入工作区中的这份报告（见 list）；不给出时：工作区只有一份报告则填入它，已发布的报告则新建一份")
    String reportId;

    @Option(names = "--dry-run", description = "只列出识别到的内容（原值 → 新值、来源），不改动工作区")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "预览的输出格式：text（默认）或 json")
    Format format;

    @Option(names = "--skip", paramLabel = "KEY", split = ",", description = "不导入这些项（预览中的 key），可用逗号分隔多个")
    List<String> skip = List.of();

    @Override
    public Integer call() throws Exception {
        if (FileSniffer.sniff(file) == FileType.REPORT_JSON && reportId == null) {
            return wholeReport();
        }
        ImportPreview preview = StandardImport.create().read(file);
        Set<String> skipped = new HashSet<>(skip);
        if (dryRun && reportId == null) {
            print(preview, newReport(preview), null, "新报告");
            return 0;
        }
        try (SqliteWorkspace ws = cli.openWorkspace()) {
            Report into = target(ws, preview);
            boolean existing = ws.load(into.id()).isPresent();
            print(preview, into, into.id(), existing ? into.title() : "新报告");
            if (dryRun) {
                return 0;
            }
            Report result = preview.apply(into, f -> !skipped.contains(f.target().key().value()));
            if (existing) {
                ws.snapshots().create(into.id(), "导入 " + file.getFileName() + " 之前", SnapshotKind.AUTO);
            }
            ws.save(result);
            cli.out().println((existing ? "已导入到：" : "已新建：") + result.title() + "（ID " + result.id() + "）→ " + ws.file());
            return 0;
        }
    }

    private void print(ImportPreview preview, Report into, String id, String name) throws Exception {
        if (format == Format.json) {
            cli.out().println(ImportPreviewOutput.json(preview, into, id));
        } else {
            ImportPreviewOutput.text(cli.out(), preview, into, name);
        }
    }

    private Report target(SqliteWorkspace ws, ImportPreview preview) {
        if (reportId != null) {
            return ws.load(reportId).orElseThrow(() -> new CliError(
                    "工作区 " + ws.file() + " 中没有 ID 为 " + reportId + " 的报告（可用 list 查看）。"));
        }
        if (preview.kind() == SourceKind.PUBLISHED_REPORT || preview.kind() == SourceKind.REPORT_FILE) {
            return newReport(preview);
        }
        List<ReportSummary> reports = ws.list();
        if (reports.size() == 1) {
            return ws.load(reports.get(0).id()).orElseThrow();
        }
        throw new CliError(reports.isEmpty()
                ? "工作区 " + ws.file() + " 中还没有报告；请先新建或导入一份报告，再导入" + preview.kind().label() + "。"
                : "工作区中有 " + reports.size() + " 份报告，请用 --report ID 指定导入到哪一份（可用 list 查看）。");
    }

    /** An empty report of the year the file names (else last year), for the file's figures to go into. */
    private static Report newReport(ImportPreview preview) {
        int year = preview.found().stream().filter(f -> f.target().equals(Targets.YEAR)).map(f -> (Integer) f.value())
                .findFirst().orElse(Year.now().getValue() - 1);
        return Report.empty(UUID.randomUUID().toString(), year, Department.EMPTY);
    }

    private Integer wholeReport() throws ReportFormatException {
        Report report = ReportJson.read(file);
        try (SqliteWorkspace ws = cli.openWorkspace()) {
            boolean replaces = ws.load(report.id()).isPresent();
            if (dryRun) {
                cli.out().println(replaces ? "将替换工作区中的报告：" + report.title() + "（ID " + report.id() + "）"
                        : "将作为新报告导入：" + report.title() + "（ID " + report.id() + "）");
                return 0;
            }
            if (replaces) {
                ws.snapshots().create(report.id(), "导入 " + file.getFileName() + " 之前", SnapshotKind.AUTO);
            }
            ws.save(report);
            cli.out().println((replaces ? "已更新：" : "已导入：") + report.title() + "（ID " + report.id() + "）→ " + ws.file());
            return 0;
        }
    }
}
