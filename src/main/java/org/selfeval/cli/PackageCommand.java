package org.selfeval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.export.ExportErrors;
import org.selfeval.export.SubmissionPackage;
import org.selfeval.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code package (--input FILE | --report ID) --out DIR}: the 报送包 — PDF, XLSX and report JSON in a
 * folder named for the department and year, and a zip of it, both under DIR.
 */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "生成报送包：PDF、XLSX 和报告 JSON 放入以部门和年度命名的文件夹，并在旁边生成同名 zip。")
final class PackageCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = {"--input", "-i"}, paramLabel = "FILE", description = "报告 JSON 文件")
    Path input;

    @Option(names = "--report", paramLabel = "ID", description = "或：工作区中报告的 ID（见 list）")
    String reportId;

    @Option(names = "--rollup", description = "汇总：本级报告（--report）与其下属单位的报告相加")
    boolean rollUp;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "报送包所在的文件夹（不存在则创建）")
    Path out;

    @Option(names = "--no-appendix", description = "PDF 不附审核说明（默认：有说明时附上）")
    boolean noAppendix;

    @Option(names = "--with-errors", description = "审核说明中也列出尚未更正的错误")
    boolean withErrors;

    @Override
    public Integer call() throws ReportFormatException {
        Report report = ReportSource.load(cli, input, reportId, rollUp);
        boolean appendix = !noAppendix && (withErrors || org.selfeval.document.AuditAppendix.hasNotes(report));
        SubmissionPackage.Result result;
        try {
            result = SubmissionPackage.standard(appendix, withErrors).write(report, out);
        } catch (IOException e) {
            throw new CliError("报送包未能生成。" + ExportErrors.describe(out, e));
        } catch (RuntimeException e) {
            if (ExportErrors.ioCause(e).isEmpty()) {
                throw e;
            }
            throw new CliError("报送包未能生成。" + ExportErrors.describe(out, e));
        }
        result.files().forEach(f -> cli.out().println("已导出 " + f));
        cli.out().println("已打包 " + result.zip());
        result.notices().forEach(n -> cli.out().println("注意：" + n));
        return 0;
    }
}
