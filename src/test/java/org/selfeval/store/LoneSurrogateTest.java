package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** Issue 14.9: text SQLite would store as "?" (a lone surrogate) is refused, naming the field, not changed. */
class LoneSurrogateTest {

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldAndTheLastSaveStays(@TempDir Path dir) throws Exception {
        Report sample = SqliteWorkspaceTest.sample();
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(1, projects.get(1).withName("项目\uD83D名称"));
        Report broken = sample.withProjects(projects);
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"))) {
            ws.save(sample);
            assertThatThrownBy(() -> ws.save(broken)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("projects[1].name").hasMessageContaining("“?”");
            assertThat(ws.load(sample.id())).contains(sample);
            Report emoji = sample.withProjects(List.of(projects.get(0).withName("项目 \uD83D\uDE00")));
            ws.save(emoji);
            assertThat(ws.load(sample.id())).contains(emoji);
        }
    }
}
