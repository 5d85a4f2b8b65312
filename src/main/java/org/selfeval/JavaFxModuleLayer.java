package org.selfeval;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts the window with JavaFX on the module path, as JavaFX supports it, though the jar is started
 * with {@code java -jar} (which can only give a class path). The JavaFX modules, the UI libraries built
 * on them (ControlsFX, Ikonli, AtlantaFX) and this jar, as an automatic module, are put in a module
 * layer over the class path; everything else (POI, iText, jOOQ, SQLite …) stays on the class path,
 * which an automatic module reads. ControlsFX reaches into JavaFX's internal packages: the layer opens
 * them to it, as the {@code --add-opens} options of a modular start would.
 * <p>
 * Used only where the jar sits beside its {@code lib} folder (the jar build and the installers); a
 * start from the IDE or the tests keeps the class path.
 */
final class JavaFxModuleLayer {
    /** The jars that go into the layer: JavaFX's platform jars and the libraries that need JavaFX. */
    private static final List<String> LAYERED = List.of("javafx-", "controlsfx-", "ikonli-", "atlantafx-");
    private static final String APP_MODULE = "selfeval";
    private static final String WINDOW_MAIN = "org.selfeval.ui.WindowMain";

    private JavaFxModuleLayer() {
    }

    /** This jar and its lib folder, if the program runs from the jar. */
    static Optional<Path> appJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") && Files.isDirectory(p.resolveSibling("lib"))
                    ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The layer over the class path holding JavaFX, its UI libraries and this jar, or empty if the jars
     * are not all there (then the window starts on the class path).
     */
    static Optional<ModuleLayer> build(Path appJar) {
        List<Path> jars;
        try (Stream<Path> lib = Files.list(appJar.resolveSibling("lib"))) {
            jars = lib.filter(JavaFxModuleLayer::layered).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return Optional.empty();
        }
        jars.add(appJar);
        try {
            List<ModuleReference> modules = ModuleFinder.of(jars.toArray(Path[]::new)).findAll().stream()
                    // Maven's empty javafx-x.jar beside each platform jar names itself javafx.xEmpty
                    .filter(r -> !r.descriptor().name().endsWith("Empty")).toList();
            Set<String> roots = modules.stream().map(r -> r.descriptor().name()).collect(Collectors.toSet());
            if (!roots.contains("javafx.controls") || !roots.contains(APP_MODULE)) {
                return Optional.empty();
            }
            ModuleFinder withoutEmpty = ModuleFinder.of(modules.stream().map(r -> Path.of(r.location().orElseThrow()))
                    .toArray(Path[]::new));
            Configuration config = ModuleLayer.boot().configuration().resolve(withoutEmpty, ModuleFinder.of(), roots);
            ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(config, List.of(ModuleLayer.boot()),
                    Launcher.class.getClassLoader());
            openJavaFxTo(controller, "org.controlsfx.controls");
            openJavaFxTo(controller, APP_MODULE);
            return Optional.of(controller.layer());
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            return Optional.empty();
        }
    }

    /** Runs the window's main in the layer; returns once the window is closed (as {@code Application.launch}). */
    static void startWindow(ModuleLayer layer, String[] args) throws ReflectiveOperationException {
        ClassLoader loader = layer.findLoader(APP_MODULE);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class.forName(WINDOW_MAIN, true, loader).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static boolean layered(Path jar) {
        String name = jar.getFileName().toString();
        return name.endsWith(".jar") && LAYERED.stream().anyMatch(name::startsWith);
    }

    private static void openJavaFxTo(ModuleLayer.Controller controller, String targetName) {
        ModuleLayer layer = controller.layer();
        Optional<Module> target = layer.findModule(targetName);
        if (target.isEmpty()) {
            return;
        }
        for (Module m : layer.modules()) {
            if (m.getName().startsWith("javafx.")) {
                for (String pn : m.getPackages()) {
                    controller.addOpens(m, pn, target.get());
                }
            }
        }
    }
}
