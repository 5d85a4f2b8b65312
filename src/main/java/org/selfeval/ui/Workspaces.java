package org.selfeval.ui;

import java.nio.file.Path;
import org.selfeval.store.ReportStore;
import org.selfeval.ui.controls.Messages;

/** Opens the workspace file and turns what can go wrong into a plain Chinese message. */
final class Workspaces {
    private Workspaces() {
    }

    /** @param titleKey dialog title; @param message what happened and that nothing was changed */
    record Problem(String titleKey, String message) {
    }

    static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".local", "share", "selfeval", "workspace.db");
    }

    static ReportStore open(Path file) {
        throw new IllegalStateException("SQLite 工作区尚未接入此版本");
    }

    static Problem describe(RuntimeException e, Path file) {
        return new Problem("startup.failed.title", Messages.format("startup.failed", file.toAbsolutePath(), AutoSaver.reason(e)));
    }
}
