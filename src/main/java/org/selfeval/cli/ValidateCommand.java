package org.selfeval.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code validate (--input FILE | --report ID) [--format text|json]}: exit 1 when an error is found. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "审核报告并列出发现的问题；有“错误”级问题时退出码为 1。")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    Cli cli;

    @Option(names = {"--input", "-i"}, paramLabel = "FILE", description = "报告 JSON 文件")
    Path input;

    @Option(names = "--report", paramLabel = "ID", description = "或：工作区中报告的 ID（见 list）")
    String reportId;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text（默认）或 json")
    Format format;

    private final Auditor auditor;

    ValidateCommand(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public Integer call() throws Exception {
        Report report = ReportSource.load(cli, input, reportId);
        List<Finding> findings = auditor.audit(report);
        if (format == Format.json) {
            cli.out().println(JSON.writeValueAsString(toJson(findings)));
        } else {
            printText(report, findings);
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    static ArrayNode toJson(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("message", f.message());
            ObjectNode location = o.putObject("location");
            location.put("chapter", f.location().chapter());
            location.put("path", f.location().path());
        }
        return array;
    }

    private void printText(Report report, List<Finding> findings) {
        var out = cli.out();
        out.println(report.title());
        for (Finding f : findings) {
            out.println("[" + f.severity().label() + "] " + f.ruleId() + " " + f.location() + "：" + f.message());
        }
        if (findings.isEmpty()) {
            out.println("未发现问题。");
        } else {
            out.println("共 " + findings.size() + " 条：错误 " + count(findings, Severity.ERROR) + "，警告 "
                    + count(findings, Severity.WARNING) + "，提示 " + count(findings, Severity.INFO) + "。");
        }
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
