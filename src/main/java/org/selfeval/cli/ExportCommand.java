package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.export.ReportExporter;
import org.selfeval.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export (--input FILE | --report ID) --json OUT [--pdf OUT] …}: one option per registered
 * exporter ({@link ExportFormats}), added when the command line is built.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "把报告导出为文件；每种格式一个选项，可同时给出多个。")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = {"--input", "-i"}, paramLabel = "FILE", description = "报告 JSON 文件")
    Path input;

    @Option(names = "--report", paramLabel = "ID", description = "或：工作区中报告的 ID（见 list）")
    String reportId;

    private final List<ReportExporter> exporters;

    ExportCommand(List<ReportExporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    /** Adds {@code --<extension> OUT} for every exporter to the command's spec. */
    void addFormatOptions(CommandSpec commandSpec) {
        for (ReportExporter e : exporters) {
            commandSpec.addOption(OptionSpec.builder(optionName(e))
                    .paramLabel("OUT")
                    .type(Path.class)
                    .description(ExportFormats.describe(e.extension()))
                    .build());
        }
    }

    private static String optionName(ReportExporter e) {
        return "--" + e.extension();
    }

    @Override
    public Integer call() throws ReportFormatException {
        List<ReportExporter> chosen = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (ReportExporter e : exporters) {
            Path out = spec.findOption(optionName(e)).getValue();
            if (out != null) {
                chosen.add(e);
                targets.add(out);
            }
        }
        if (chosen.isEmpty()) {
            throw new CliError("请至少指定一个输出文件，可用的选项："
                    + String.join("、", exporters.stream().map(e -> optionName(e) + " OUT").toList()) + "。");
        }
        Report report = ReportSource.load(cli, input, reportId);
        for (int i = 0; i < chosen.size(); i++) {
            Path out = targets.get(i);
            try {
                chosen.get(i).export(report, out);
            } catch (IOException e) {
                throw new CliError("无法写入导出文件 " + out + "：" + reason(e));
            }
            cli.out().println("已导出 " + out);
            chosen.get(i).notices().forEach(n -> cli.out().println("注意：" + n));
        }
        return 0;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "所在文件夹不存在。";
        }
        if (e instanceof AccessDeniedException) {
            return "没有写入权限。";
        }
        return e.getMessage() == null ? "写入失败。" : e.getMessage();
    }
}
