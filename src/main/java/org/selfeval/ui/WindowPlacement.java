package org.selfeval.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.selfeval.store.UserSettings;

/**
 * The main window opens where the clerk left it: position, size and maximised state are kept in the
 * settings file when the window closes, and used at the next start when they still fit one of the
 * screens (a laptop taken off its docking monitor opens at the default size instead, not off screen).
 */
final class WindowPlacement {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMISED = "window.maximized";
    /** Room a title bar and frame take around the scene. */
    private static final double FRAME_HEIGHT = 40;
    private static final double MIN_SIDE = 400;

    /** Where and how large the window was, its scene's size (not maximised). */
    record Placement(double x, double y, double width, double height, boolean maximised) {
    }

    private WindowPlacement() {
    }

    /**
     * Gives a window that is about to be shown its first scene, placed as saved when that fits a screen,
     * else at the default for the primary screen (maximised on a small one). The window takes the scene's
     * size even if it was shown before at another (a restart after a restore reuses the window).
     */
    static void place(Stage stage, UserSettings settings, Parent content) {
        Optional<Placement> saved = read(settings).filter(p -> fits(p, visualBounds()));
        Dimension2D size = saved.map(p -> new Dimension2D(p.width(), p.height())).orElseGet(WindowSize::forPrimaryScreen);
        Scene scene = new Scene(content, size.getWidth(), size.getHeight());
        stage.setScene(scene);
        stage.sizeToScene();
        rememberPlacedSize(stage, scene, size);
        saved.ifPresentOrElse(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setMaximized(p.maximised());
        }, () -> {
            stage.centerOnScreen();
            stage.setMaximized(WindowSize.fillsScreen(Screen.getPrimary().getVisualBounds()));
        });
    }

    /** The key of the placed size among the stage's properties. */
    private static final Object PLACED_SIZE = new Object();

    /**
     * The window manager applies the placed size a moment after the window shows; until then the scene
     * may report the window's earlier size, and a late answer to an earlier request may still arrive just
     * after (seen under openbox when a window is shown again: the placed 900 wide, then the old 700). The
     * placed size is kept until the scene has had it for half a second; from then on, a change of the
     * scene's size is the clerk's.
     */
    private static void rememberPlacedSize(Stage stage, Scene scene, Dimension2D size) {
        stage.getProperties().put(PLACED_SIZE, size);
        javafx.animation.PauseTransition held = new javafx.animation.PauseTransition(SETTLED);
        held.setOnFinished(e -> {
            if (hasSize(scene, size)) {
                stage.getProperties().remove(PLACED_SIZE, size);
            }
        });
        Runnable settle = () -> {
            if (!stage.getProperties().containsKey(PLACED_SIZE)) {
                return;
            }
            if (hasSize(scene, size)) {
                held.playFromStart();
            } else {
                held.stop();
            }
        };
        scene.widthProperty().addListener((o, a, b) -> settle.run());
        scene.heightProperty().addListener((o, a, b) -> settle.run());
        settle.run();
    }

    /** How long the scene holds the placed size before it counts as the window's. */
    private static final javafx.util.Duration SETTLED = javafx.util.Duration.millis(500);

    private static boolean hasSize(Scene scene, Dimension2D size) {
        return Math.abs(scene.getWidth() - size.getWidth()) < 1 && Math.abs(scene.getHeight() - size.getHeight()) < 1;
    }

    /**
     * The size the window's next scene should have: the placed one while the window manager has not yet
     * given it to the window's scene, else the scene's size now (the clerk may have resized the window
     * while it loaded; a maximised window's scene fills it); the primary screen's default when the
     * window has no scene.
     */
    static Dimension2D nextSceneSize(Stage stage) {
        if (!stage.isMaximized() && stage.getProperties().get(PLACED_SIZE) instanceof Dimension2D placed) {
            return placed;
        }
        return stage.getScene() != null ? new Dimension2D(stage.getScene().getWidth(), stage.getScene().getHeight())
                : WindowSize.forPrimaryScreen();
    }

    /** Keeps the window's normal (not maximised) bounds as they change and saves them when it closes. */
    static void rememberOnClose(Stage stage, UserSettings settings) {
        double[] normal = {stage.getX(), stage.getY(), Double.NaN, Double.NaN};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getScene() != null) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getScene().getWidth();
                normal[3] = stage.getScene().getHeight();
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            track.run();
            if (Double.isNaN(normal[2])) { // maximised all along: its normal size is the default one
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                Dimension2D size = WindowSize.sceneFor(screen);
                normal[0] = screen.getMinX() + (screen.getWidth() - size.getWidth()) / 2;
                normal[1] = screen.getMinY() + Math.max(0, (screen.getHeight() - size.getHeight() - FRAME_HEIGHT) / 2);
                normal[2] = size.getWidth();
                normal[3] = size.getHeight();
            }
            write(settings, new Placement(normal[0], normal[1], normal[2], normal[3], stage.isMaximized()));
            settings.save();
        });
    }

    static void write(UserSettings settings, Placement p) {
        settings.put(X, Double.toString(p.x()));
        settings.put(Y, Double.toString(p.y()));
        settings.put(WIDTH, Double.toString(p.width()));
        settings.put(HEIGHT, Double.toString(p.height()));
        settings.put(MAXIMISED, Boolean.toString(p.maximised()));
    }

    static Optional<Placement> read(UserSettings settings) {
        try {
            double x = Double.parseDouble(settings.get(X).orElse(""));
            double y = Double.parseDouble(settings.get(Y).orElse(""));
            double w = Double.parseDouble(settings.get(WIDTH).orElse(""));
            double h = Double.parseDouble(settings.get(HEIGHT).orElse(""));
            boolean max = Boolean.parseBoolean(settings.get(MAXIMISED).orElse("false"));
            boolean finite = Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(w) && Double.isFinite(h);
            return finite ? Optional.of(new Placement(x, y, w, h, max)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the window, title bar included, lies within one screen's usable area and is not tiny. */
    static boolean fits(Placement p, List<Rectangle2D> screens) {
        if (p.width() < MIN_SIDE || p.height() < MIN_SIDE - FRAME_HEIGHT) {
            return false;
        }
        Rectangle2D window = new Rectangle2D(p.x(), p.y(), p.width(), p.height() + FRAME_HEIGHT);
        return screens.stream().anyMatch(s -> s.getMinX() <= window.getMinX() + 1 && s.getMinY() <= window.getMinY() + 1
                && window.getMaxX() <= s.getMaxX() + 1 && window.getMaxY() <= s.getMaxY() + 1);
    }

    private static List<Rectangle2D> visualBounds() {
        return Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    }
}
