package org.selfeval.ui;

import java.util.Map;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.scoring.SheetScoring;

/**
 * What the main window needs that does not depend on the workspace, read while the workspace opens:
 * the regional profiles (their JSON files) and the formulas of their 部门整体支出绩效自评表. On a
 * thread of its own, so that this and opening the workspace use both cores instead of one after the
 * other; the window waits for nothing (it would read the same itself, finding it ready or waiting
 * for the class to be initialised).
 */
final class StartupPreload {
    private StartupPreload() {
    }

    static void start() {
        Thread t = new Thread(StartupPreload::read, "startup-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void read() {
        try {
            for (RegionalProfile profile : RegionalProfile.available()) {
                DepartmentSheetDefinition sheet = profile.departmentSheet();
                if (sheet != null) {
                    sheet.rows().stream().filter(row -> row.formula() != null && !row.formula().isBlank())
                            .forEach(row -> SheetScoring.value(row.formula(), Map.of()));
                }
            }
        } catch (RuntimeException e) {
            // the window reads the same and reports what is wrong there
        }
    }
}
