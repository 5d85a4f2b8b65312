package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * A rule that looks at one project (特定目标类项目) at a time: its findings for a project depend on that
 * project, its place in the list and the regional profile, and on nothing else of the report. The
 * {@link Auditor} therefore reuses the findings of a project that has not changed since the last
 * audit (see {@link ProjectFindingsMemo}).
 */
public interface ProjectRule extends AuditRule {
    /**
     * @param index   the project's place in the report's list (findings name it in their location)
     * @param project the project
     */
    List<Finding> checkProject(int index, Project project, AuditContext context);

    @Override
    default List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            out.addAll(checkProject(i, report.projects().get(i), context));
        }
        return out;
    }
}
