package org.selfeval.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.selfeval.audit.Auditor;
import org.selfeval.intake.StandardImport;
import org.selfeval.review.FolderReview;
import org.selfeval.review.ReviewFinding;
import org.selfeval.review.ReviewResult;
import org.selfeval.review.ReviewWorkbook;
import org.selfeval.review.ReviewedReport;
import org.selfeval.review.Unreadable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code review DIR [--out FILE.xlsx] [--format text|json]}: audit every report of a folder; exit 1 when any has an 错误. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"批量审核：逐一审核文件夹中的报告（报送包 zip 或文件夹、报告文件、自评表、已发布的报告文档），",
                "写出汇总表（汇总、问题清单、横向比较、无法读取）；有报告含“错误”时退出码为 1。"})
final class ReviewCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "DIR", description = "存放报告的文件夹")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "汇总表（.xlsx）；默认在文件夹旁边，名为“<文件夹名>-审核汇总.xlsx”")
    Path out;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "输出格式：text（默认）或 json")
    Format format;

    /** Built when the command runs, not when the command line is: the other commands do not need the rules. */
    private final Supplier<Auditor> auditor;

    ReviewCommand(Supplier<Auditor> auditor) {
        this.auditor = auditor;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new CliError("文件夹不存在：" + folder);
        }
        ReviewResult result = new FolderReview(StandardImport.create(), auditor.get()).review(dir, (done, total, current) -> { }, () -> false);
        Path workbook = out != null ? out : dir.resolveSibling(dir.getFileName() + "-审核汇总.xlsx");
        try {
            ReviewWorkbook.write(result, workbook);
        } catch (IOException e) {
            throw new CliError("汇总表未能写出。" + org.selfeval.export.ExportErrors.describe(workbook, e));
        }
        if (format == Format.json) {
            cli.out().println(JsonOutput.MAPPER.writeValueAsString(json(result, workbook)));
        } else {
            text(result, workbook);
        }
        return result.anyError() ? 1 : 0;
    }

    private void text(ReviewResult result, Path workbook) {
        var o = cli.out();
        for (ReviewedReport r : result.reports()) {
            o.println(r.source() + "\t" + (r.department().isBlank() ? "（未写部门）" : r.department()) + "\t" + r.year() + "\t错误 "
                    + r.errors() + "，警告 " + r.warnings() + "，提示 " + r.notices());
        }
        for (Unreadable u : result.unreadable()) {
            o.println(u.source() + "\t无法读取：" + u.reason());
        }
        o.println("共审核 " + result.reports().size() + " 份报告，" + result.reports().stream().filter(r -> r.errors() > 0).count()
                + " 份有错误；" + result.unreadable().size() + " 个文件无法读取。汇总表：" + workbook);
    }

    private static ObjectNode json(ReviewResult result, Path workbook) {
        ObjectNode root = JsonOutput.MAPPER.createObjectNode();
        root.put("workbook", workbook.toString());
        ArrayNode reports = root.putArray("reports");
        for (ReviewedReport r : result.reports()) {
            ObjectNode n = reports.addObject();
            n.put("source", r.source());
            n.put("department", r.department());
            n.put("year", r.year());
            n.put("profile", r.profile());
            number(n, "statedScore", r.statedScore());
            number(n, "computedScore", r.computedScore());
            n.put("grade", r.grade());
            n.put("errors", r.errors());
            n.put("warnings", r.warnings());
            n.put("notices", r.notices());
            r.topFindings().forEach(n.putArray("topFindings")::add);
        }
        ArrayNode findings = root.putArray("findings");
        for (ReviewFinding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("source", f.source());
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity());
            n.put("message", f.message());
            n.put("location", f.location());
        }
        ArrayNode unreadable = root.putArray("unreadable");
        for (Unreadable u : result.unreadable()) {
            unreadable.addObject().put("source", u.source()).put("reason", u.reason());
        }
        return root;
    }

    private static void number(ObjectNode n, String name, Optional<BigDecimal> v) {
        if (v.isPresent()) {
            n.put(name, v.get().toPlainString());
        } else {
            n.putNull(name);
        }
    }
}
