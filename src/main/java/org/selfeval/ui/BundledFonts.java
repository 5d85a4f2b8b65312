package org.selfeval.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * The CJK fonts the installer ships (system property {@code selfeval.fonts.dir}). On a machine whose
 * system has no Chinese face the window would show boxes; then the bundled sans face is loaded and
 * named in a stylesheet on every scene of the stage.
 */
final class BundledFonts {
    /** Faces that render Chinese in the window on Windows, macOS and common Linux desktops. */
    static final List<String> SYSTEM_CJK_FAMILIES = List.of("Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "SimHei",
            "黑体", "DengXian", "等线", "PingFang SC", "Hiragino Sans GB", "STHeiti", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback", "AR PL UMing CN");

    private BundledFonts() {
    }

    /** Loads the bundled faces when the system lacks one and styles the stage's scenes with it. */
    static void useWhereNeeded(Stage stage) {
        String dir = System.getProperty("selfeval.fonts.dir");
        if (dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            return;
        }
        Set<String> system = new HashSet<>(Font.getFamilies());
        if (SYSTEM_CJK_FAMILIES.stream().anyMatch(system::contains)) {
            return;
        }
        chooseFamily(load(Path.of(dir))).ifPresent(family -> {
            String css = "data:text/css;base64," + Base64.getEncoder().encodeToString(
                    (".root { -fx-font-family: \"" + family + "\"; }").getBytes(StandardCharsets.UTF_8));
            if (stage.getScene() != null) {
                stage.getScene().getStylesheets().add(css);
            }
            stage.sceneProperty().addListener((o, old, scene) -> {
                if (scene != null && !scene.getStylesheets().contains(css)) {
                    scene.getStylesheets().add(css);
                }
            });
        });
    }

    /** The family to name: a sans face if one was loaded (easier on screen), else any. */
    static Optional<String> chooseFamily(Collection<String> loadedFamilies) {
        return loadedFamilies.stream().filter(f -> f.contains("Sans")).findFirst()
                .or(() -> loadedFamilies.stream().findFirst());
    }

    private static List<String> load(Path dir) {
        List<String> families = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(BundledFonts::isFontFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    Font[] fonts = Font.loadFonts(in, 13);
                    if (fonts != null) {
                        for (Font f : fonts) {
                            families.add(f.getFamily());
                        }
                    }
                }
            }
        } catch (IOException e) {
            return families; // the window falls back to the system faces
        }
        return families;
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc");
    }
}
