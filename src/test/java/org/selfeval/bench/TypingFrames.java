package org.selfeval.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The typing-frame measurement: the real window on a workspace holding one report (the sample, or
 * the sample grown to P projects × I indicators), 30 keystrokes typed into 第二章's
 * {@code #income-GENERAL_PUBLIC_BUDGET} by the robot, and every pulse's duration as the JavaFX
 * pulse logger reports it. Prints one line: frames over 16 ms, over 33 ms, the slowest.
 *
 * <p>{@code -Dtyping.hide=#side-tabs,...} hides what the selectors find before typing (to see what costs the frames).
 * {@code -Dtyping.dirty=true} prints, for each frame while typing, what is styled and copied to the renderer ({@link DirtyNodes}).
 * {@code -Dtyping.css=FILE} adds a style sheet to the window; {@code -Dtyping.echo=true} prints the field after each key.
 * {@code -Dtyping.log=FILE} keeps the logger's full output of the typed keystrokes (phases per pulse).
 *
 * <p>Not a test. Run it in a real window (Xvfb), one size per JVM:
 * <pre>
 * Xvfb :88 -screen 0 1600x1000x24 &amp;
 * DISPLAY=:88 java -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Dtestfx.robot=glass \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) org.selfeval.bench.TypingFrames sample|200x30|1000x30
 * </pre>
 */
public final class TypingFrames {
    private static final Pattern PULSE = Pattern.compile("^PULSE: (\\d+) \\[(-?\\d+)ms:(\\d+)ms\\]");
    private static final Pattern LOGGER_LINE = Pattern.compile("^(T\\d+ |Counters:|\\t|\\[\\d+ |\\s*$)");
    private static final List<Integer> pulses = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;
    private static TextField typedInto;

    private TypingFrames() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("javafx.pulseLogger")) {
            throw new IllegalStateException("run with -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0");
        }
        String size = args.length == 0 ? "sample" : args[0];
        int keystrokes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report report = "sample".equals(size) ? sample : grown(sample, size);
        Path dir = Files.createTempDirectory("typing-frames");
        Path workspace = dir.resolve("workspace.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            ws.save(report);
        }
        capturePulses();
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(org.selfeval.ui.SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery()
                .map(t -> !((TreeView<?>) t).getRoot().getChildren().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#income-GENERAL_PUBLIC_BUDGET").tryQuery().isPresent());
        Node field = robot.lookup("#income-GENERAL_PUBLIC_BUDGET").query();
        TextField text = robot.from(field).lookup(".text-field").queryAs(TextField.class);
        typedInto = text;
        robot.clickOn(text);
        robot.interact(() -> text.positionCaret(text.getText().length()));
        for (String hide : System.getProperty("typing.hide", "").split(",")) {
            if (!hide.isBlank()) { // an experiment: which part of the window costs the frames
                robot.interact(() -> robot.lookup(hide).queryAll().forEach(n -> n.setVisible(false)));
            }
        }
        if (Boolean.getBoolean("typing.watch")) {
            robot.interact(() -> watch(text.getScene()));
        }
        String css = System.getProperty("typing.css");
        if (css != null) { // an experiment: a style sheet added to the window, e.g. to stop the caret blinking
            robot.interact(() -> text.getScene().getStylesheets().add(Path.of(css).toUri().toString()));
        }
        if (Boolean.getBoolean("typing.dirty")) {
            robot.interact(() -> DirtyNodes.trace(text.getScene(), () -> recording));
        }
        settle();
        // warm-up: the first keystrokes load classes and build caches a clerk pays for once; then the
        // field is emptied, as a clerk selects a figure to type it anew
        type(robot, 6);
        robot.interact(text::clear);
        settle();
        recording = true;
        long start = System.nanoTime();
        String before = text.getText();
        type(robot, keystrokes);
        settle();
        recording = false;
        System.out.println("typing changed the field from " + before + " to " + text.getText());
        long wall = (System.nanoTime() - start) / 1_000_000;
        List<Integer> d;
        synchronized (pulses) {
            d = new ArrayList<>(pulses);
        }
        Collections.sort(d);
        long over16 = d.stream().filter(x -> x > 16).count();
        long over33 = d.stream().filter(x -> x > 33).count();
        int max = d.isEmpty() ? 0 : d.get(d.size() - 1);
        int p50 = d.isEmpty() ? 0 : d.get(d.size() / 2);
        System.out.printf("typing %s: %d keystrokes, %d pulses, over 16 ms: %d, over 33 ms: %d, slowest %d ms, p50 %d ms, "
                + "slowest five %s, %d ms wall%n", size, keystrokes, d.size(), over16, over33, max, p50,
                d.subList(Math.max(0, d.size() - 5), d.size()), wall);
        FxToolkit.cleanupStages();
        System.exit(0);
    }

    /**
     * A figure typed, taken back and typed again (1234567.89, ten backspaces, 9876543.21, …): every
     * keystroke one the field takes, every one a new amount. (An earlier version appended digits to the
     * sample's 1123.58; the field takes six decimals, so most of those keystrokes were refused.) Each key
     * is held as a person holds it, about 60 ms ({@code -Dtyping.hold=0}: the robot's instant press and release).
     */
    private static void type(FxRobot robot, int n) {
        long hold = Long.getLong("typing.hold", 60);
        String[] figures = {"1234567.89", "9876543.21"};
        for (int i = 0; i < n; i++) {
            int round = i / 10;
            KeyCode key;
            if (round % 2 == 1) {
                key = KeyCode.BACK_SPACE;
            } else {
                char c = figures[(round / 2) % 2].charAt(i % 10);
                key = c == '.' ? KeyCode.PERIOD : KeyCode.getKeyCode(String.valueOf(c));
            }
            robot.press(key);
            robot.sleep(hold);
            robot.release(key);
            if (Boolean.getBoolean("typing.echo")) {
                System.out.println("after " + key + ": " + typedInto.getText());
            }
            robot.sleep(Math.max(0, 90 - hold)); // a fast clerk: about 11 keystrokes a second
        }
    }

    /** Waits until the audit and the autosave have caught up and the window is idle. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(20);
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents(20);
    }

    /** Prints when the scene's root is replaced or a node near the root changes its size (-Dtyping.watch). */
    private static void watch(javafx.scene.Scene scene) {
        javafx.stage.Window.getWindows().forEach(w -> System.out.println("window " + w + " " + w.getWidth() + "x" + w.getHeight()
                + " showing=" + w.isShowing() + " root=" + (w.getScene() == null ? null : w.getScene().getRoot())));
        scene.rootProperty().addListener((o, a, b) -> System.out.println("root replaced: " + a + " -> " + b));
        watchTree(scene.getRoot(), 0);
    }

    private static void watchTree(javafx.scene.Parent p, int depth) {
        for (Node n : p.getChildrenUnmodifiable()) {
            n.layoutBoundsProperty().addListener((o, a, b) -> {
                if (recording && (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight())) {
                    System.out.println("resized d" + depth + " " + n.getClass().getSimpleName() + " " + n.getId() + " " + a.getHeight() + "->" + b.getHeight());
                }
            });
            if (depth < 5 && n instanceof javafx.scene.Parent c) {
                watchTree(c, depth + 1);
            }
        }
    }

    /** "200x30": the sample with 200 projects of 30 indicators each. */
    private static Report grown(Report sample, String size) {
        String[] pi = size.split("x");
        return LiveRefreshTiming.large(sample, Integer.parseInt(pi[0]), Integer.parseInt(pi[1]));
    }

    /** The pulse logger prints "PULSE: n [interval ms:duration ms]" on stderr for every pulse that did work; keep the durations. */
    private static void capturePulses() {
        PrintStream err = System.err;
        String log = System.getProperty("typing.log");
        PrintStream full;
        try {
            full = log == null ? null : new PrintStream(Files.newOutputStream(Path.of(log)), true, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.setErr(new PrintStream(new OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    String s = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    if (full != null && recording) {
                        full.println(s);
                    }
                    Matcher m = PULSE.matcher(s);
                    if (m.find()) {
                        if (recording) {
                            pulses.add(Integer.parseInt(m.group(3)));
                        }
                    } else if (!LOGGER_LINE.matcher(s).find()) {
                        err.println(s);
                    }
                } else {
                    line.write(b);
                }
            }
        }, true, StandardCharsets.UTF_8));
    }
}
