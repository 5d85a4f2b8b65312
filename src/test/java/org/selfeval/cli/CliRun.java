package org.selfeval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.selfeval.audit.Auditor;
import org.selfeval.export.ReportExporter;

/** One run of the command line with its output captured. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        return with(ExportFormats.all(), Auditor.standard(), args);
    }

    static CliRun with(List<ReportExporter> exporters, Auditor auditor, String... args) {
        return withRules(exporters, () -> auditor, args);
    }

    /** With the audit rules built only when a command asks for them. */
    static CliRun withRules(List<ReportExporter> exporters, Supplier<Auditor> auditor, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err, true);
        int code = Cli.execute(Cli.commandLine(new PrintWriter(out, true), errWriter, exporters, auditor), errWriter, args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
