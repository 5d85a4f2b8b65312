package org.selfeval.store;

import java.nio.file.Path;
import org.selfeval.TestReports;

/**
 * Child process: opens the workspace given, saves version N of the sample and prints "saved";
 * a refusal prints "refused KIND: message". Exit code 0 either way.
 */
public final class OpenAndSave {
    private OpenAndSave() {
    }

    public static void main(String[] args) throws Exception {
        try (SqliteWorkspace ws = SqliteWorkspace.open(Path.of(args[0]))) {
            ws.save(SaveLoop.version(TestReports.sample(), Integer.parseInt(args[1])));
            System.out.println("saved");
        } catch (WorkspaceException e) {
            System.out.println("refused " + e.kind() + ": " + e.getMessage());
        }
    }
}
