package org.selfeval;

import org.selfeval.cli.Cli;
import org.selfeval.store.NativeLibraryFolder;
import org.selfeval.ui.SelfEvalApp;
import org.selfeval.ui.StartupTiming;

/**
 * Entry point of the jar. With no arguments (or only {@code --workspace FILE}) it opens the window;
 * with a subcommand ({@code list}, {@code import}, {@code export}, {@code validate}, {@code --version},
 * {@code --help}) it runs the command line and opens no window. Not an {@code Application} subclass,
 * so JavaFX can sit on the class path. With {@code -Dselfeval.startupTiming=true} the window's first
 * frames are timed (installer/measure-startup.sh).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // sqlite-jdbc unpacks its native library here, not into the temp folder (which may be unusable)
        NativeLibraryFolder.use(NativeLibraryFolder.defaultFolder());
        if (opensWindow(args)) {
            StartupTiming.installIfRequested();
            SelfEvalApp.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 2 && "--workspace".equals(args[0]))
                || (args.length == 1 && args[0].startsWith("--workspace="));
    }
}
