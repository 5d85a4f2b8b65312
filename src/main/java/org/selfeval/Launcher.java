package org.selfeval;

import org.selfeval.cli.Cli;
import org.selfeval.store.NativeLibraryFolder;
import org.selfeval.ui.WindowMain;

/**
 * Entry point of the jar. With no arguments (or only {@code --workspace FILE}, or a file to import) it opens the window;
 * with a subcommand ({@code list}, {@code import}, {@code export}, {@code validate}, {@code --version},
 * {@code --help}) it runs the command line and opens no window. Not an {@code Application} subclass,
 * so JavaFX can sit on the class path; started from the jar, the window runs with JavaFX in a module
 * layer instead ({@link JavaFxModuleLayer}). With {@code -Dselfeval.startupTiming=true} the window's first
 * frames are timed (installer/measure-startup.sh).
 */
public final class Launcher {
    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("list", "import", "export", "package", "validate",
            "review", "help");

    private Launcher() {
    }

    public static void main(String[] args) {
        // sqlite-jdbc unpacks its native library here, not into the temp folder (which may be unusable)
        NativeLibraryFolder.use(NativeLibraryFolder.defaultFolder());
        if (opensWindow(args)) {
            SoftwareRendering.chooseWhereNoGpu();
            // jOOQ and SQLite are on the class path, shared with the window's layer: loaded while the toolkit starts
            org.selfeval.store.StoreWarmUp.start();
            java.util.Optional<ModuleLayer> layer = JavaFxModuleLayer.appJar().flatMap(JavaFxModuleLayer::build);
            if (layer.isPresent()) {
                try {
                    JavaFxModuleLayer.startWindow(layer.get(), args);
                    return;
                } catch (ReflectiveOperationException e) {
                    // the layer could not start the window: start it on the class path
                }
            }
            WindowMain.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            if ("--workspace".equals(rest.get(i)) && i + 1 < rest.size()) {
                rest.subList(i, i + 2).clear();
                i--;
            } else if (rest.get(i).startsWith("--workspace=")) {
                rest.remove(i--);
            }
        }
        // a file opened with the program (dropped on its icon): the window, with the file offered for import
        // (a folder: reviewed)
        return rest.isEmpty() || rest.size() == 1 && !rest.get(0).startsWith("-") && !SUBCOMMANDS.contains(rest.get(0))
                && java.nio.file.Files.exists(java.nio.file.Path.of(rest.get(0)));
    }
}
