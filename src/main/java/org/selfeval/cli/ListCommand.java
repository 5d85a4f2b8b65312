package org.selfeval.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.store.ReportSummary;
import org.selfeval.store.SqliteWorkspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", mixinStandardHelpOptions = true, description = "列出工作区中的报告（部门 × 年度）。")
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (SqliteWorkspace ws = cli.openWorkspace()) {
            List<ReportSummary> reports = ws.list();
            if (reports.isEmpty()) {
                cli.out().println("工作区 " + ws.file() + " 中还没有报告。");
                return 0;
            }
            cli.out().println("ID\t年度\t部门\t最后保存");
            for (ReportSummary r : reports) {
                cli.out().println(r.id() + "\t" + r.year() + "\t" + r.departmentName() + "\t" + TIME.format(r.updatedAt()));
            }
            return 0;
        }
    }
}
