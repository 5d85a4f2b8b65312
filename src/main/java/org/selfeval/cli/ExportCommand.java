package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.export.ExportErrors;
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

    @Option(names = "--rollup", description = "汇总：本级报告（--report）与其下属单位的报告相加")
    boolean rollUp;

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
        refuseSameTarget(chosen, targets);
        for (Path out : targets) {
            Path dir = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                throw new CliError("无法写入导出文件 " + out + "：文件夹不存在（" + dir + "）。");
            }
        }
        prepareMeanwhile(chosen);
        Report report = ReportSource.load(cli, input, reportId, rollUp);
        for (int i = 0; i < chosen.size(); i++) {
            Path out = targets.get(i);
            try {
                chosen.get(i).export(report, out);
            } catch (IOException e) {
                throw new CliError(ExportErrors.describe(out, e));
            } catch (RuntimeException e) {
                if (ExportErrors.ioCause(e).isEmpty()) {
                    throw e;
                }
                throw new CliError(ExportErrors.describe(out, e));
            }
            cli.out().println("已导出 " + out);
            chosen.get(i).notices().forEach(n -> cli.out().println("注意：" + n));
        }
        return 0;
    }

    /**
     * Lets the exporters load their classes and fonts on a second thread while the report is read (on
     * two cores a cold export starts sooner). A failure there is left alone: the export meets it again
     * and tells it in Chinese.
     */
    private static void prepareMeanwhile(List<ReportExporter> chosen) {
        Thread t = new Thread(() -> {
            for (ReportExporter e : chosen) {
                try {
                    e.prepare();
                } catch (Throwable ignored) { // NOPMD: the export itself reports what went wrong
                    return;
                }
            }
        }, "export-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** Two formats into one file would silently leave only the last: refused before anything is written. */
    private static void refuseSameTarget(List<ReportExporter> chosen, List<Path> targets) {
        Map<Path, String> seen = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Path key = targets.get(i).toAbsolutePath().normalize();
            String previous = seen.putIfAbsent(key, optionName(chosen.get(i)));
            if (previous != null) {
                throw new CliError(previous + " 和 " + optionName(chosen.get(i)) + " 指定了同一个文件 " + targets.get(i)
                        + "，请为每种格式给出不同的文件名。");
            }
        }
    }
}
