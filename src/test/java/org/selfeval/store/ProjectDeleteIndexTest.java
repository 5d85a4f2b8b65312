package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save deletes each changed project, and the delete cascades to the project's funds and indicators:
 * SQLite looks both up by the project alone, through an index, not by reading every indicator of the
 * workspace (the migration V6; at 200 projects × 30 indicators the scan was paid
 * once per changed project and save).
 */
class ProjectDeleteIndexTest {
    @Test
    void theCascadeFromAProjectFindsItsRowsByIndex(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.db");
        SqliteWorkspace.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(plan(c, "DELETE FROM indicator WHERE project_id = 1")).as("indicators of a project")
                    .anyMatch(step -> step.contains("USING INDEX indicator_by_project") || step.contains("USING COVERING INDEX indicator_by_project"))
                    .noneMatch(step -> step.startsWith("SCAN indicator"));
            assertThat(plan(c, "DELETE FROM project_fund WHERE project_id = 1")).as("funds of a project")
                    .noneMatch(step -> step.startsWith("SCAN project_fund"));
        }
    }

    private static List<String> plan(Connection c, String sql) throws Exception {
        List<String> steps = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                steps.add(rs.getString("detail"));
            }
        }
        return steps;
    }
}
