package org.selfeval.cli;

import java.nio.file.Path;
import org.selfeval.exchange.ReportFormatException;
import java.time.Year;
import org.selfeval.intake.StandardImport;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;

/**
 * Where a command takes its report from: a file (--input: our report file, or any file the import
 * reads — a 自评表 workbook, a published report — made into a report of its own), or the workspace (--report).
 */
final class ReportSource {
    private ReportSource() {
    }

    static Report load(Cli cli, Path input, String reportId) throws ReportFormatException {
        return load(cli, input, reportId, false);
    }

    /** With {@code rollUp}: the 汇总 of the workspace report {@code reportId} and its 下属单位' reports. */
    static Report load(Cli cli, Path input, String reportId, boolean rollUp) throws ReportFormatException {
        if (rollUp) {
            if (reportId == null) {
                throw new CliError("--rollup 需要 --report ID（汇总工作区中的本级报告及其下属单位）。");
            }
            try (SqliteWorkspace ws = cli.openWorkspace()) {
                Report parent = ws.load(reportId).orElseThrow(() -> new CliError(
                        "工作区 " + ws.file() + " 中没有 ID 为 " + reportId + " 的报告（可用 list 查看）。"));
                java.util.List<Report> units = new java.util.ArrayList<>();
                for (String id : parent.units()) {
                    units.add(ws.load(id).orElseThrow(() -> new CliError("下属单位的报告（ID " + id + "）不在工作区 " + ws.file() + " 中。")));
                }
                return org.selfeval.rollup.RollUp.of(parent, units);
            }
        }
        if (input != null && reportId != null) {
            throw new CliError("--input 与 --report 只能给出其中一个。");
        }
        if (input != null) {
            return StandardImport.create().reportFrom(input, Year.now().getValue() - 1);
        }
        if (reportId == null) {
            throw new CliError("缺少必需的参数：--input FILE（报告 JSON 文件）或 --report ID（工作区中的报告）。");
        }
        try (SqliteWorkspace ws = cli.openWorkspace()) {
            return ws.load(reportId).orElseThrow(() -> new CliError(
                    "工作区 " + ws.file() + " 中没有 ID 为 " + reportId + " 的报告（可用 list 查看）。"));
        }
    }
}
