package org.selfeval.intake;

import java.nio.file.Path;
import org.selfeval.exchange.ReportFormatException;

/** The file import the window and the command line use: every reader of every kind of file. */
public final class StandardImport {
    private StandardImport() {
    }

    public static FileImport create() {
        return new FileImport(new FileImport.Readers(new ReportFileReader(), new org.selfeval.intake.accounts.FinalAccountsReader(),
                pending("项目支出绩效自评表"), new org.selfeval.intake.published.PublishedReportReader()));
    }

    private static IntakeReader pending(String what) {
        return (Path file) -> {
            throw new ReportFormatException(String.valueOf(file.getFileName()), "", "本版本还不能导入" + what);
        };
    }
}
