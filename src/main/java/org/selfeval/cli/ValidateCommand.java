package org.selfeval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.ReadsText;
import org.selfeval.audit.Severity;
import org.selfeval.audit.TextCoverage;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code validate (--input FILE | --report ID) [--format text|json]}: exit 1 when an error is found. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "审核报告并列出发现的问题；有“错误”级问题时退出码为 1。")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Cli cli;

    @Option(names = {"--input", "-i"}, paramLabel = "FILE", description = "报告文件（JSON），或项目支出绩效自评表（.xlsx/.xls）、已发布的报告（.docx/.pdf/.txt）")
    Path input;

    @Option(names = "--report", paramLabel = "ID", description = "或：工作区中报告的 ID（见 list）")
    String reportId;

    @Option(names = "--rollup", description = "汇总：本级报告（--report）与其下属单位的报告相加")
    boolean rollUp;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式：text（默认）或 json")
    Format format;

    /** Built when the command runs, not when the command line is: the other commands do not need the rules. */
    private final Supplier<Auditor> auditor;

    ValidateCommand(Supplier<Auditor> auditor) {
        this.auditor = auditor;
    }

    @Override
    public Integer call() throws Exception {
        Report report = ReportSource.load(cli, input, reportId, rollUp);
        Auditor rules = auditor.get();
        List<Finding> findings = rules.audit(report);
        TextCoverage coverage = rules.coverage(report);
        if (format == Format.json) {
            cli.out().println(JsonOutput.MAPPER.writeValueAsString(toJson(findings, coverage)));
        } else {
            printText(report, findings, coverage);
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    static ObjectNode toJson(List<Finding> findings, TextCoverage coverage) {
        ObjectNode out = JsonOutput.MAPPER.createObjectNode();
        ArrayNode array = out.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("message", f.message());
            ObjectNode location = o.putObject("location");
            location.put("chapter", f.location().chapter());
            location.put("path", f.location().path());
        }
        ArrayNode checked = out.putArray("checkedParagraphs");
        coverage.checked().forEach(r -> paragraph(checked, r));
        ArrayNode unread = out.putArray("unreadParagraphs");
        coverage.unread().forEach(r -> paragraph(unread, r).put("text", r.text()));
        return out;
    }

    private static ObjectNode paragraph(ArrayNode array, ReadsText.Read read) {
        ObjectNode o = array.addObject();
        o.put("chapter", read.location().chapter());
        o.put("path", read.location().path());
        return o;
    }

    private void printText(Report report, List<Finding> findings, TextCoverage coverage) {
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
        out.println("已与填报数核对的段落 " + coverage.checked().size() + " 段；含数字而未能核对的段落 " + coverage.unread().size() + " 段"
                + (coverage.unread().isEmpty() ? "。" : "："));
        for (ReadsText.Read r : coverage.unread()) {
            out.println("  " + r.location() + "：" + excerpt(r.text()));
        }
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
