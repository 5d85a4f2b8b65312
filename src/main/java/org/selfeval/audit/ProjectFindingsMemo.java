package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * The findings one {@link ProjectRule} gave each project of the last audit. A keystroke makes a new
 * report in which every project but the edited one is the same object as before, so the rule runs
 * again only for the projects that are new objects, have moved in the list, or when the profile
 * changed ({@link LastAuditByProject}).
 */
final class ProjectFindingsMemo {
    /** The project's place in the list (its findings name it) and the profile in force. */
    private record Conditions(int index, RegionalProfile profile) {
    }

    private final ProjectRule rule;
    private final LastAuditByProject<Conditions, List<Finding>> last = new LastAuditByProject<>();

    ProjectFindingsMemo(ProjectRule rule) {
        this.rule = rule;
    }

    List<Finding> check(Report report, AuditContext context) {
        LastAuditByProject<Conditions, List<Finding>>.Pass pass = last.begin(report.projects().size());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            int index = i;
            Project p = report.projects().get(i);
            out.addAll(pass.get(p, new Conditions(i, context.profile()), () -> List.copyOf(rule.checkProject(index, p, context))));
        }
        pass.keep();
        return out;
    }
}
