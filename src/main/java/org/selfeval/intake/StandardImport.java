package org.selfeval.intake;

import org.selfeval.intake.accounts.FinalAccountsReader;
import org.selfeval.intake.published.PublishedReportReader;
import org.selfeval.intake.workbook.SelfEvaluationWorkbookReader;

/** The file import the window and the command line use: every reader of every kind of file. */
public final class StandardImport {
    private StandardImport() {
    }

    public static FileImport create() {
        return new FileImport(new FileImport.Readers(new ReportFileReader(), new FinalAccountsReader(),
                new SelfEvaluationWorkbookReader(), new PublishedReportReader()));
    }
}
