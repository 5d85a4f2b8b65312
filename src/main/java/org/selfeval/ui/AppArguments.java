package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.selfeval.ui.controls.Messages;

/**
 * The window's command line: {@code --workspace FILE} (or {@code --workspace=FILE}) chooses the
 * workspace file instead of the one in the per-user data folder; a file named without an option (a
 * file dropped on the program's icon, or "打开方式") is offered for import once the window is open.
 */
public record AppArguments(Optional<Path> workspace, Optional<Path> importFile) {
    public static AppArguments parse(List<String> args) {
        Path workspace = null;
        Path importFile = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ("--workspace".equals(a)) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException(Messages.get("startup.workspaceMissing"));
                }
                workspace = Path.of(args.get(++i));
            } else if (a.startsWith("--workspace=")) {
                workspace = Path.of(a.substring("--workspace=".length()));
            } else if (!a.startsWith("-") && !a.isBlank() && importFile == null) {
                importFile = Path.of(a);
            }
        }
        return new AppArguments(Optional.ofNullable(workspace), Optional.ofNullable(importFile));
    }
}
