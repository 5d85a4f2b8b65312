package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.selfeval.store.ReportStore;
import org.selfeval.ui.controls.Messages;

/**
 * The desktop application. The window shows at once; the workspace is opened and the report read
 * on a background thread; a locked or unreadable workspace is told in a plain dialog and the app
 * closes without touching it.
 */
public class SelfEvalApp extends Application {
    private static volatile Function<Path, ReportStore> opener = Workspaces::open;
    private MainWindow window;

    public static void main(String[] args) {
        useLocale();
        launch(SelfEvalApp.class, args);
    }

    /** The built-in texts of JavaFX (确定 / 取消, 剪切 / 复制 / 粘贴) follow the UI language. */
    private static void useLocale() {
        java.util.Locale.setDefault(Messages.defaultLocale());
    }

    @Override
    public void init() {
        useLocale();
        StartupPreload.start();
        // off the FX thread: where the workspace is and what the clerk's settings beside it say
        try {
            AppArguments arguments = AppArguments.parse(getParameters().getRaw());
            workspaceFile = arguments.workspace().orElseGet(Workspaces::defaultFile);
            importAtStart = arguments.importFile().orElse(null);
            settings = org.selfeval.store.UserSettings.besideWorkspace(workspaceFile);
            // the workspace opens while the toolkit comes up and the loading screen shows
            firstOpening = WorkspaceOpening.start(workspaceFile, opener);
        } catch (IllegalArgumentException e) {
            badArguments = e;
        }
    }

    /** Replaces how the workspace is opened (tests). */
    static void useOpener(Function<Path, ReportStore> open) {
        opener = Objects.requireNonNull(open);
    }

    static void useDefaultOpener() {
        opener = Workspaces::open;
    }

    /** A file given on the command line, offered for import once the window is open. */
    private Path importAtStart;

    /** Read in {@link #init()}: the workspace, its settings, or why the arguments were refused. */
    private Path workspaceFile;
    private org.selfeval.store.UserSettings settings;
    private IllegalArgumentException badArguments;
    /** The opening of the workspace begun in {@link #init()}. */
    private java.util.concurrent.CompletableFuture<WorkspaceOpening.Outcome> firstOpening;

    @Override
    public void start(Stage stage) {
        if (badArguments != null) {
            Dialogs.error(null, "startup.failed.title", badArguments.getMessage());
            return;
        }
        Path file = workspaceFile;
        stage.setTitle(Messages.get("app.name"));
        Theme.saved(settings).use();
        Theme.onEveryWindow();
        AppIcons.onEveryWindow();
        OwnerStaysMaximised.onEveryWindow();
        MappedSize.onEveryWindow();
        BundledFonts.useWhereNeeded(stage);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        VBox loading = new VBox(12, progress, new Label(Messages.get("window.loading")));
        loading.setAlignment(Pos.CENTER);
        WindowPlacement.place(stage, settings, loading);
        WindowPlacement.rememberOnClose(stage, settings);
        stage.show();
        Function<Path, ReportStore> open = opener;
        whenOpened(stage, file, open, firstOpening);
        firstOpening = null;
    }

    /** Opens the workspace on a background thread (again, after a restore). */
    private void opening(Stage stage, Path file, Function<Path, ReportStore> open) {
        whenOpened(stage, file, open, WorkspaceOpening.start(file, open));
    }

    private void whenOpened(Stage stage, Path file, Function<Path, ReportStore> open,
            java.util.concurrent.CompletableFuture<WorkspaceOpening.Outcome> opening) {
        opening.thenAccept(outcome -> Platform.runLater(() -> {
            if (outcome instanceof WorkspaceOpening.Opened opened) {
                show(stage, file, open, opened);
            } else if (outcome instanceof WorkspaceOpening.Refused refused) {
                refused(stage, file, open, refused.reason(), refused.backup());
            }
        }));
    }

    private void show(Stage stage, Path file, Function<Path, ReportStore> open, WorkspaceOpening.Opened opened) {
        window = new MainWindow(stage, opened.store(), file, getHostServices(), opened.reports(), opened.report());
        window.whenReopenNeeded(() -> {
            window = null;
            opening(stage, file, open);
        });
        stage.setOnCloseRequest(e -> {
            if (window != null && !window.close()) {
                e.consume();
            }
        });
        List<String> notices = opened.notices();
        if (!notices.isEmpty()) {
            window.statusBar().showMessage(notices.get(0));
            Dialogs.showInfo(stage, "startup.notice.title", String.join("\n\n", notices));
        }
        if (importAtStart != null) {
            Path offered = importAtStart;
            importAtStart = null;
            window.importFile(offered);
        }
    }

    /**
     * The workspace could not be opened: told plainly; when it is damaged and a good backup exists,
     * restoring it is offered; otherwise the app closes without touching the file.
     */
    private void refused(Stage stage, Path file, Function<Path, ReportStore> open, RuntimeException e,
            java.util.Optional<org.selfeval.store.BackupInfo> backup) {
        Workspaces.Problem p = Workspaces.describe(e, file);
        if (backup.isPresent()) {
            org.selfeval.store.BackupInfo b = backup.get();
            String offer = p.message() + Messages.format("startup.restoreOffer", BackupRestoreDialog.TIME.format(b.takenAt()),
                    BackupRestoreDialog.line(b));
            if (Dialogs.confirm(stage, p.titleKey(), offer, "startup.restore", "startup.close")) {
                BackupRestore.restoreThenOpen(stage, file, b, () -> opening(stage, file, open));
                return;
            }
        } else {
            Dialogs.error(stage, p.titleKey(), p.message());
        }
        stage.close();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
            window = null;
        }
    }
}
