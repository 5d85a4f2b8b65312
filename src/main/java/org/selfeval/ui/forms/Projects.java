package org.selfeval.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** Finds and replaces a project of the report by its stable id (its index moves when others are removed). */
public final class Projects {
    private Projects() {
    }

    public static int indexOf(Report r, String id) {
        for (int i = 0; i < r.projects().size(); i++) {
            if (r.projects().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public static Optional<Project> find(Report r, String id) {
        int i = indexOf(r, id);
        return i < 0 ? Optional.empty() : Optional.of(r.projects().get(i));
    }

    /** The project, or an empty one with that id when it was removed (its controls are about to go). */
    public static Project get(Report r, String id) {
        return find(r, id).orElseGet(() -> empty(id, ""));
    }

    public static Project empty(String id, String name) {
        return new Project(id, null, name, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The report with the project of that id replaced; unchanged when there is none. */
    public static Report with(Report r, String id, Project p) {
        int i = indexOf(r, id);
        if (i < 0) {
            return r;
        }
        List<Project> list = new ArrayList<>(r.projects());
        list.set(i, p);
        return r.withProjects(list);
    }
}
