package org.selfeval.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Window;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.Messages;

/**
 * The audit the export dialog shows, run off the FX thread (a large report's audit takes tens of
 * milliseconds, which would freeze the window) before the dialog opens on it. One at a time: asked
 * again while an audit runs, it does nothing. A failed audit is told and opens no dialog.
 */
final class ExportAudit {
    /** How the report is audited (tests watch on which thread). */
    static volatile Function<Report, List<Finding>> audit = r -> Auditor.standard().audit(r);

    private boolean pending;

    /** Audits {@code report}, then calls {@code open} with its findings on the FX thread. Call on the FX thread. */
    void then(Window owner, Report report, Consumer<List<Finding>> open) {
        if (pending) {
            return;
        }
        pending = true;
        Function<Report, List<Finding>> how = audit;
        CompletableFuture.supplyAsync(() -> how.apply(report)).whenComplete((findings, e) -> Platform.runLater(() -> {
            pending = false;
            if (e != null) {
                Dialogs.error(owner, "export.title", Messages.format("export.auditFailed", AutoSaver.reason(e)));
            } else {
                open.accept(findings);
            }
        }));
    }
}
