package org.selfeval.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.selfeval.audit.Auditor;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.export.ReportExporter;
import org.selfeval.store.AppPaths;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line of the same jar: {@code list}, {@code import}, {@code export}, {@code package}, {@code validate}.
 * Exit codes: 0 done, 1 {@code validate} found an error, 2 bad input (one Chinese message naming
 * the file and the field, no stack trace), 3 an internal error.
 */
@Command(name = "selfeval", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "部门整体支出绩效自评报告编制工具（命令行）。不带参数启动时打开窗口。")
public final class Cli implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    @Option(names = "--workspace", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "工作区文件（默认在用户数据文件夹中：selfeval/workspace.db）")
    Path workspace;

    private final PrintWriter out;

    private Cli(PrintWriter out) {
        this.out = out;
    }

    /** Runs a command with UTF-8 standard output and error; returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return execute(commandLine(out, err, ExportFormats.all(), Auditor::standard), err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs the parsed command; running out of memory (an Error, which picocli lets through) is told in
     * plain words instead of a stack trace. Exports write to a temporary file first, so an earlier file
     * of the same name is still whole.
     */
    static int execute(CommandLine line, PrintWriter err, String... args) {
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("内存不足，命令没有完成；已有的同名文件未被改动。请关闭其他程序后重试，"
                    + "报告很大时可给 Java 更多内存运行，例如：java -Xmx2g -jar selfeval.jar " + String.join(" ", args));
            return INTERNAL;
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<ReportExporter> exporters, Supplier<Auditor> auditor) {
        CommandLine cl = new CommandLine(new Cli(out));
        cl.addSubcommand("list", new ListCommand());
        cl.addSubcommand("import", new ImportCommand());
        ExportCommand export = new ExportCommand(exporters);
        CommandLine exportLine = new CommandLine(export);
        export.addFormatOptions(exportLine.getCommandSpec());
        cl.addSubcommand("export", exportLine);
        cl.addSubcommand("package", new PackageCommand());
        cl.addSubcommand("validate", new ValidateCommand(auditor));
        cl.addSubcommand("review", new ReviewCommand(auditor));
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println(UsageMessages.of(ex));
            err.println("用法见：selfeval --help");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            if (ex instanceof ReportFormatException || ex instanceof WorkspaceException || ex instanceof CliError) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            err.println("程序内部错误：" + (ex.getMessage() == null ? "未知原因" : ex.getMessage()));
            return INTERNAL;
        });
        return cl;
    }

    @Override
    public Integer call() {
        out.println("请指定一个命令：list、import、export 或 validate。用法见：selfeval --help");
        return BAD_INPUT;
    }

    PrintWriter out() {
        return out;
    }

    /** Opens the workspace given by --workspace, else the per-user default. */
    SqliteWorkspace openWorkspace() {
        SqliteWorkspace ws = SqliteWorkspace.open(workspace != null ? workspace : AppPaths.defaultWorkspace());
        ws.notices().forEach(n -> out.println("注意：" + n));
        return ws;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"selfeval " + (v == null ? "开发版本" : v)};
        }
    }
}
