package org.selfeval.ui;

import java.nio.file.Path;
import org.selfeval.store.AppPaths;
import org.selfeval.store.ReportStore;
import org.selfeval.store.SampleReport;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceCorruptException;
import org.selfeval.store.WorkspaceException;
import org.selfeval.store.WorkspaceLockedException;
import org.selfeval.ui.controls.Messages;

/** Opens the workspace file and turns what can go wrong into a plain Chinese message. */
final class Workspaces {
    private Workspaces() {
    }

    /** @param titleKey dialog title; @param message what happened and that nothing was changed */
    record Problem(String titleKey, String message) {
    }

    static Path defaultFile() {
        return AppPaths.defaultWorkspace();
    }

    /** Opens the SQLite workspace; on its first start it receives the sample report. */
    static ReportStore open(Path file) {
        SqliteWorkspace workspace = SqliteWorkspace.open(file);
        try {
            SampleReport.seedOnce(workspace);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return workspace;
    }

    static Problem describe(RuntimeException e, Path file) {
        Path abs = file.toAbsolutePath();
        if (e instanceof WorkspaceLockedException) {
            return new Problem("startup.locked.title", Messages.format("startup.locked", abs));
        }
        if (e instanceof WorkspaceCorruptException) {
            return new Problem("startup.corrupt.title", Messages.format("startup.corrupt", abs, AutoSaver.reason(e)));
        }
        if (e instanceof WorkspaceException) {
            return new Problem("startup.failed.title", Messages.format("startup.failed", abs, e.getMessage()));
        }
        return new Problem("startup.failed.title", Messages.format("startup.failed", abs, AutoSaver.reason(e)));
    }
}
