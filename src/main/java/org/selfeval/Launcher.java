package org.selfeval;

import java.util.List;
import org.selfeval.cli.Cli;
import org.selfeval.ui.SelfEvalApp;
import org.selfeval.ui.StartupTiming;

/**
 * Entry point of the jar and of the installed launcher. No arguments, or only
 * {@code --workspace FILE}, opens the window; anything else is the command line
 * ({@code --version}, {@code export}, {@code list}, ...), which exits with its own code.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(List.of(args))) {
            StartupTiming.installIfRequested();
            SelfEvalApp.main(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    static boolean opensWindow(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--workspace".equals(a) && i + 1 < args.size()) {
                i++;
            } else if (!a.startsWith("--workspace=")) {
                return false;
            }
        }
        return true;
    }
}
