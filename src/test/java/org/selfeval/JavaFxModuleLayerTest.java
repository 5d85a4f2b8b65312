package org.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's window start puts JavaFX and its UI libraries in a module layer: built here from the very
 * jars the build uses (JavaFX's platform jars beside Maven's empty ones) and a jar of the program's
 * classes, laid out as the jar build and the installers lay them out (the jar beside lib/).
 */
class JavaFxModuleLayerTest {
    @TempDir
    Path dir;

    @Test
    void javaFxAndTheProgramAreNamedModulesThatSeeEachOtherAndTheClassPath() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        for (Path jar : classPathJars()) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
        Path app = appJar(dir.resolve("selfeval.jar"));

        ModuleLayer layer = JavaFxModuleLayer.build(app).orElseThrow();

        assertThat(layer.modules()).extracting(Module::getName)
                .contains("javafx.base", "javafx.graphics", "javafx.controls", "org.controlsfx.controls", "atlantafx.base",
                        "org.kordamp.ikonli.javafx", "selfeval")
                .noneMatch(n -> n.endsWith("Empty"));
        ClassLoader loader = layer.findLoader("selfeval");
        Class<?> platform = Class.forName("com.sun.javafx.application.PlatformImpl", false, loader);
        assertThat(platform.getModule().getName()).as("JavaFX warns at start unless this is named").isEqualTo("javafx.graphics");
        Class<?> window = Class.forName("org.selfeval.ui.WindowMain", false, loader);
        assertThat(window.getModule().getName()).isEqualTo("selfeval");
        assertThat(window.getModule().canRead(platform.getModule())).isTrue();
        // ControlsFX's skins reach into JavaFX's internal packages
        Module controlsFx = layer.findModule("org.controlsfx.controls").orElseThrow();
        assertThat(layer.findModule("javafx.controls").orElseThrow().isOpen("com.sun.javafx.scene.control", controlsFx)).isTrue();
        assertThat(layer.findModule("javafx.graphics").orElseThrow().isOpen("com.sun.javafx.scene", controlsFx)).isTrue();
        // what is not in the layer comes from the class path, as before
        Class<?> poi = Class.forName("org.apache.poi.xssf.usermodel.XSSFWorkbook", false, loader);
        assertThat(poi.getModule().isNamed()).isFalse();
        assertThat(poi.getClassLoader()).isSameAs(JavaFxModuleLayer.class.getClassLoader());
    }

    @Test
    void withoutJavaFxBesideTheJarTheWindowKeepsTheClassPath() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Path app = appJar(dir.resolve("selfeval.jar"));
        assertThat(JavaFxModuleLayer.build(app)).isEmpty();
    }

    /** The JavaFX and UI-library jars of the test class path. */
    private static List<Path> classPathJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).map(Path::of)
                .filter(p -> Stream.of("javafx-", "controlsfx-", "ikonli-", "atlantafx-")
                        .anyMatch(p.getFileName().toString()::startsWith))
                .toList();
    }

    /** A jar of the program's compiled classes (no resources: the layer needs only the packages). */
    private static Path appJar(Path jar) throws IOException {
        Path classes = Path.of("target/classes");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }
}
