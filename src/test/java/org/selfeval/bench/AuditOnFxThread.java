package org.selfeval.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.selfeval.audit.Auditor;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.selfeval.ui.FindingsPane;

/**
 * What an audit result costs the FX thread: the audit of a report of P projects × 30 indicators
 * and the preparing of its findings run off it (as in the window, latest wins), then the findings pane shows the result on it. 30
 * "keystrokes" (a new general-budget income each) are audited and shown in turn; prints the audit's
 * wall time and the FX thread's time per result (its own work and the next pulse's CSS and layout).
 *
 * <p>Not a test. Run: {@code java -cp ... org.selfeval.bench.AuditOnFxThread 1000} (a display or
 * Monocle headless: {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}).
 */
public final class AuditOnFxThread {
    private AuditOnFxThread() {
    }

    public static void main(String[] args) throws Exception {
        int projects = args.length == 0 ? 1000 : Integer.parseInt(args[0]);
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report report = LiveRefreshTiming.large(sample, projects, 30);
        Auditor auditor = Auditor.standard();
        org.selfeval.ui.FindingsView.Preparer preparer = new org.selfeval.ui.FindingsView.Preparer();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        FindingsPane[] pane = new FindingsPane[1];
        onFx(() -> {
            pane[0] = new FindingsPane(f -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(pane[0], 400, 800));
            stage.show();
        });
        List<Long> audit = new ArrayList<>();
        List<Long> fx = new ArrayList<>();
        List<Long> fxShow = new ArrayList<>();
        BigDecimal base = report.finances().income().get(IncomeSource.GENERAL_PUBLIC_BUDGET);
        for (int i = 0; i < 36; i++) {
            Report r = report.withFinances(report.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET,
                    (base == null ? BigDecimal.ZERO : base).add(BigDecimal.valueOf(i % 7))));
            long t0 = System.nanoTime();
            org.selfeval.ui.FindingsView view = preparer.prepare(auditor.auditWithNotes(r), r.findingNotes());
            long t1 = System.nanoTime();
            long[] spent = new long[2];
            onFx(() -> {
                long s = System.nanoTime();
                pane[0].show(view);
                spent[1] = System.nanoTime() - s;
                pane[0].applyCss();
                pane[0].layout();
                spent[0] = System.nanoTime() - s;
            });
            if (i >= 6) { // the first ones load classes
                audit.add((t1 - t0) / 1_000_000);
                fx.add(spent[0] / 1_000);
                fxShow.add(spent[1] / 1_000);
            }
        }
        Collections.sort(audit);
        Collections.sort(fx);
        Collections.sort(fxShow);
        System.out.printf("audit %d×30: %d findings, audit off the FX thread p50 %d ms (max %d ms); "
                + "FX thread per result p50 %.1f ms (of which updating the tree %.1f ms), max %.1f ms%n", projects,
                pane[0].findings().size(), audit.get(audit.size() / 2), audit.get(audit.size() - 1), fx.get(fx.size() / 2) / 1000.0,
                fxShow.get(fxShow.size() / 2) / 1000.0, fx.get(fx.size() - 1) / 1000.0);
        Platform.exit();
        System.exit(0);
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread stuck");
        }
    }
}
