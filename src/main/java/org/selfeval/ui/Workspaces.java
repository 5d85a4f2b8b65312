package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.selfeval.store.AppPaths;
import org.selfeval.store.BackupInfo;
import org.selfeval.store.WorkspaceBackups;
import org.selfeval.store.ReportStore;
import org.selfeval.store.SampleReport;
import org.selfeval.store.SqliteWorkspace;
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
        if (workspace.readOnly()) {
            return workspace;
        }
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
        if (e instanceof WorkspaceException w) {
            return switch (w.kind()) {
                case LOCKED -> e instanceof WorkspaceLockedException
                        ? new Problem("startup.locked.title", Messages.format("startup.locked", abs))
                        : new Problem("startup.locked.title", w.getMessage());
                case DAMAGED, NOT_A_WORKSPACE -> new Problem("startup.corrupt.title", Messages.format("startup.corrupt", abs, w.getMessage()));
                default -> new Problem("startup.failed.title", Messages.format("startup.failed", abs, w.getMessage()));
            };
        }
        return new Problem("startup.failed.title", Messages.format("startup.failed", abs, AutoSaver.reason(e)));
    }

    /** For a damaged (or emptied) workspace: the newest backup that passes the integrity check. */
    static Optional<BackupInfo> goodBackupFor(RuntimeException e, Path file) {
        if (e instanceof WorkspaceException w && w.kind() == WorkspaceException.Kind.DAMAGED) {
            return new WorkspaceBackups(file).newestGood();
        }
        return Optional.empty();
    }

    /** What the clerk must be told about the open (read-only, a -wal set aside, a backup that failed). */
    static List<String> notices(ReportStore store) {
        return store instanceof SqliteWorkspace ws ? ws.notices() : List.of();
    }
}
