package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.charts.ChartData;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Report;
import org.selfeval.store.ReportStore;
import org.selfeval.store.ReportSummary;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.controls.Messages;

/**
 * The main window: menu, report picker, chapter navigator, the chapter forms (built the first time
 * they are shown), findings and charts beside them, the status bar. All edits go through one
 * {@link ReportEditor}; each new report is saved ({@link AutoSaver}), audited and charted in the
 * background.
 */
public final class MainWindow {
    /** How often a finding's field is asked for the focus before giving up (40 ms apart). */
    private static final int FOCUS_ATTEMPTS = 25;
    private final Stage stage;
    private final ReportStore store;
    private final Path workspaceFile;
    private final ReportEditor editor;
    private final ChapterRegistry registry;
    private final AutoSaver autoSaver;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workspace-io");
        t.setDaemon(true);
        return t;
    });
    private final StatusBar statusBar = new StatusBar();
    private final FindingsPane findingsPane;
    private final ChartsPane chartsPane = new ChartsPane();
    private final FieldDecorations decorations = new FieldDecorations();
    private final LatestWins<Report, Audited> audit;
    private final LatestWins<Report, List<ChartData>> charts;
    private final ComboBox<ReportSummary> picker = new ComboBox<>();
    private final ListView<String> navigator = new ListView<>();
    private final StackPane content = new StackPane();
    private final AppMenuBar menuBar;
    private final ReportCommands commands;
    private boolean switching;
    private boolean closed;
    private Runnable reopen = () -> { };

    public MainWindow(Stage stage, ReportStore store, Path workspaceFile, HostServices hostServices,
            List<ReportSummary> summaries, Report report) {
        this.stage = stage;
        this.store = store;
        this.workspaceFile = workspaceFile;
        this.editor = new ReportEditor(report);
        this.registry = ChapterRegistry.standard(editor);
        this.autoSaver = new AutoSaver(store, s -> Platform.runLater(() -> statusBar.showSave(s)), saved -> {
            if (store instanceof org.selfeval.store.SqliteWorkspace ws) {
                ws.snapshots().create(saved, Messages.get("snapshot.whileEditing"), org.selfeval.store.SnapshotKind.AUTO);
            }
        });
        autoSaver.baseline(report);
        this.findingsPane = new FindingsPane(this::openFinding, (f, text) -> editor.apply("note:" + f.key(),
                r -> org.selfeval.edit.FindingNoteEdit.withNote(r, f.key(), text)),
                key -> editor.apply("dropNote:" + key, r -> org.selfeval.edit.FindingNoteEdit.withNote(r, key, "")),
                f -> editor.apply(null, r -> org.selfeval.edit.PunctuationFix.field(r, f.location().path())));
        Auditor auditor = Auditor.standard();
        // the audit and the preparing of its findings for the pane run on the audit thread, latest wins
        FindingsView.Preparer preparer = new FindingsView.Preparer();
        this.audit = new LatestWins<>("audit", r -> new Audited(preparer.prepare(auditor.auditWithNotes(r), r.findingNotes()),
                auditor.coverage(r)), this::showFindings,
                e -> findingsPane.showError(AutoSaver.reason(e)));
        LastYearReport lastYear = new LastYearReport(store);
        this.charts = new LatestWins<>("charts", r -> ReportCharts.of(r, lastYear.of(r)), chartsPane::showCharts, e -> chartsPane.showCharts(List.of()));
        this.commands = new ReportCommands(this, hostServices);
        this.menuBar = new AppMenuBar(commands, editor, ThemeMenu.build(workspaceFile));
        editor.addListener(this::onReport);
        buildScene(summaries, report);
        onReport(report);
        statusBar.showOpened(java.time.Instant.now());
    }

    private void buildScene(List<ReportSummary> summaries, Report report) {
        picker.setId("report-picker");
        picker.setCellFactory(l -> new SummaryCell());
        picker.setButtonCell(new SummaryCell());
        picker.getItems().setAll(summaries);
        selectInPicker(report.id());
        picker.valueProperty().addListener((obs, old, s) -> {
            if (!switching && s != null && !s.id().equals(editor.current().id())) {
                switchTo(s.id());
            }
        });
        Label pickerLabel = new Label(Messages.get("window.report"));
        pickerLabel.setMinWidth(Region.USE_PREF_SIZE);
        picker.setMinWidth(160);
        HBox toolbar = new HBox(8, pickerLabel, picker);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        AppToolbar.addTo(toolbar, commands, editor);
        toolbar.setPadding(new Insets(6, 10, 6, 10));

        navigator.setId("chapter-navigator");
        navigator.getItems().setAll(registry.chapters());
        navigator.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String chapter, boolean empty) {
                super.updateItem(chapter, empty);
                setText(empty || chapter == null ? null : Messages.get("chapter." + chapter));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        // a small laptop screen gives the form the room: the chapter list narrows (its names wrap)
        navigator.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(stage.widthProperty().lessThan(1200))
                .then(170).otherwise(230));
        navigator.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                show(c);
            }
        });

        Tab chartsTab = new Tab(Messages.get("window.charts"), chartsPane);
        TabPane side = new TabPane(new Tab(Messages.get("window.findings"), findingsPane), chartsTab);
        // charts behind the findings are not redrawn on every keystroke, only when their tab is chosen
        chartsPane.setShowing(chartsTab.isSelected());
        chartsTab.selectedProperty().addListener((obs, was, selected) -> chartsPane.setShowing(selected));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("side-tabs");
        SplitPane split = new SplitPane(content, side);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(side, false);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar, toolbar));
        root.setLeft(navigator);
        root.setCenter(split);
        root.setBottom(statusBar);
        // the loading scene's size: the one the window was placed with (or resized to meanwhile)
        Dimension2D size = WindowPlacement.nextSceneSize(stage);
        Theme.ensureChosen();
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        Theme.addTo(scene);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                editor.undo();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
                editor.redo();
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (files) {
                commands.importFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        stage.setScene(scene);
        navigator.getSelectionModel().select(registry.chapters().indexOf("二"));
    }

    /** Offers a file for import: its preview, then what the clerk ticks. */
    void importFile(Path file) {
        commands.importFile(file);
    }

    /** Shows a chapter, building its form the first time. */
    public ChapterPane show(String chapter) {
        ChapterPane pane = registry.pane(chapter);
        content.getChildren().setAll(pane.node());
        if (!chapter.equals(navigator.getSelectionModel().getSelectedItem())) {
            navigator.getSelectionModel().select(chapter);
        }
        decorations.apply(findingsPane.findings(), registry);
        return pane;
    }

    private void openFinding(Finding finding) {
        String chapter = finding.location().chapter();
        if (!registry.chapters().contains(chapter)) {
            return;
        }
        ChapterPane pane = show(chapter);
        focusWhenShown(pane, finding.location().field(), FOCUS_ATTEMPTS);
    }

    /**
     * Focuses the field once the freshly shown chapter is laid out. A pane built a moment ago, or a
     * scene re-rooted by the decorations, can swallow the first request, so it is repeated on later
     * pulses until the focus is inside the pane.
     */
    private void focusWhenShown(ChapterPane pane, org.selfeval.model.FieldPath path, int attemptsLeft) {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(40));
        later.setOnFinished(e -> {
            if (!pane.focus(path)) {
                return;
            }
            if (attemptsLeft > 1 && !contains(pane.node(), stage.getScene().getFocusOwner())) {
                focusWhenShown(pane, path, attemptsLeft - 1);
            }
        });
        later.play();
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void onReport(Report report) {
        autoSaver.changed(report);
        audit.submit(report);
        charts.submit(report);
        stage.setTitle(report.title() + " — " + Messages.get("app.name"));
        menuBar.refresh();
    }

    /** The findings of one audit and which paragraphs it could check, computed off the FX thread. */
    private record Audited(FindingsView view, org.selfeval.audit.TextCoverage coverage) {
    }

    private void showFindings(Audited audited) {
        List<org.selfeval.audit.FindingNotes.NotedFinding> noted = audited.view().noted();
        findingsPane.showCoverage(audited.coverage());
        findingsPane.show(audited.view());
        List<Finding> findings = findingsPane.findings();
        statusBar.showFindings(findings, (int) noted.stream().filter(org.selfeval.audit.FindingNotes.NotedFinding::explained).count());
        decorations.apply(findings, registry);
    }

    /** Saves what is pending, loads another report of the workspace and shows it. */
    void switchTo(String reportId) {
        statusBar.showMessage(Messages.get("status.opening"));
        io.execute(() -> {
            autoSaver.flush();
            try {
                Report next = store.load(reportId).orElseThrow(() -> new IllegalStateException(Messages.get("error.reportGone")));
                store.rememberOpened(next.id());
                Platform.runLater(() -> {
                    autoSaver.baseline(next);
                    editor.reset(next);
                    selectInPicker(next.id());
                    statusBar.showMessage("");
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    statusBar.showMessage("");
                    selectInPicker(editor.current().id());
                    Dialogs.error(stage, "error.open.title", Messages.format("error.open", AutoSaver.reason(e)));
                });
            }
        });
    }

    /** Refreshes the picker from the store (after a report was created) and opens {@code reportId}. */
    void reloadList(String reportId) {
        io.execute(() -> {
            try {
                List<ReportSummary> list = store.list();
                Platform.runLater(() -> {
                    switching = true;
                    picker.getItems().setAll(list);
                    switching = false;
                    if (reportId != null) {
                        switchTo(reportId);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> Dialogs.error(stage, "error.open.title", Messages.format("error.open", AutoSaver.reason(e))));
            }
        });
    }

    private void selectInPicker(String id) {
        switching = true;
        picker.getItems().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(picker::setValue);
        switching = false;
    }

    /**
     * Saves what is pending and releases the workspace.
     *
     * @return false when the last edits could not be saved and the clerk chose to stay
     */
    public boolean close() {
        if (closed) {
            return true;
        }
        boolean saved = autoSaver.flush();
        if (!saved && !Dialogs.confirm(stage, "close.unsaved.title", Messages.get("close.unsaved"),
                "close.unsaved.quit", "close.unsaved.stay")) {
            return false;
        }
        release();
        return true;
    }

    /** On exit without the window's close (Platform.exit, end of session): save what is pending, no questions. */
    public void shutdown() {
        if (!closed) {
            release();
        }
    }

    private void release() {
        closed = true;
        autoSaver.close();
        audit.close();
        charts.close();
        io.shutdown();
        store.close();
    }

    Stage stage() {
        return stage;
    }

    /** What opens the workspace again in this stage after a restore from a backup. */
    void whenReopenNeeded(Runnable action) {
        reopen = java.util.Objects.requireNonNull(action);
    }

    Runnable reopen() {
        return reopen;
    }

    ReportStore store() {
        return store;
    }

    Path workspaceFile() {
        return workspaceFile;
    }

    ExecutorService io() {
        return io;
    }

    AutoSaver autoSaver() {
        return autoSaver;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    public ReportEditor editor() {
        return editor;
    }

    public ChapterRegistry registry() {
        return registry;
    }

    private static final class SummaryCell extends ListCell<ReportSummary> {
        @Override
        protected void updateItem(ReportSummary s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.displayName());
        }
    }
}
