package org.selfeval.audit;

import org.selfeval.model.Indicator;
import org.selfeval.model.Project;

/** Paths and display names of projects and their indicator rows, for findings. */
final class ProjectNames {
    private ProjectNames() {
    }

    static String path(int project) {
        return "projects[" + project + "]";
    }

    static String path(int project, int indicator) {
        return path(project) + ".indicators[" + indicator + "]";
    }

    static Location table(int project, String field) {
        return new Location(Location.PROJECTS, path(project) + (field.isEmpty() ? "" : "." + field));
    }

    static Location row(int project, int indicator, String field) {
        return new Location(Location.PROJECTS, path(project, indicator) + "." + field);
    }

    static String of(Project p) {
        return "项目「" + (p.name().isBlank() ? "（未命名）" : p.name()) + "」";
    }

    static String of(Project p, Indicator row) {
        return of(p) + "指标「" + (row.name().isBlank() ? "（未命名）" : row.name()) + "」";
    }
}
