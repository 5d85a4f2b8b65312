package org.selfeval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true, description = "把报告 JSON 文件导入工作区（同 ID 的报告被替换，替换前自动留快照）。")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE", description = "报告 JSON 文件")
    Path file;

    @Override
    public Integer call() throws ReportFormatException {
        Report report = ReportJson.read(file);
        try (SqliteWorkspace ws = cli.openWorkspace()) {
            boolean replaces = ws.load(report.id()).isPresent();
            if (replaces) {
                ws.snapshots().create(report.id(), "导入 " + file.getFileName() + " 之前", org.selfeval.store.SnapshotKind.AUTO);
            }
            ws.save(report);
            cli.out().println((replaces ? "已更新：" : "已导入：") + report.title() + "（ID " + report.id() + "）→ " + ws.file());
            return 0;
        }
    }
}
