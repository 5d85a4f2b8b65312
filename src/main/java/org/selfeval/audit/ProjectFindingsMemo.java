package org.selfeval.audit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * The findings one {@link ProjectRule} gave each project of the last audit. A keystroke makes a new
 * report in which every project but the edited one is the same object as before, so the rule runs
 * again only for the projects that are new objects, have moved in the list, or when the profile
 * changed. Only the last audit is remembered. Thread-safe: concurrent audits each read one snapshot
 * and publish their own (the last one wins; a lost snapshot costs time, never a wrong finding).
 */
final class ProjectFindingsMemo {
    private record Remembered(int index, RegionalProfile profile, List<Finding> findings) {
    }

    private final ProjectRule rule;
    private volatile Map<Project, Remembered> last = Map.of();

    ProjectFindingsMemo(ProjectRule rule) {
        this.rule = rule;
    }

    List<Finding> check(Report report, AuditContext context) {
        Map<Project, Remembered> before = last;
        Map<Project, Remembered> now = new IdentityHashMap<>(report.projects().size() * 2);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Project p = report.projects().get(i);
            Remembered r = before.get(p);
            if (r == null || r.index() != i || r.profile() != context.profile() && !r.profile().equals(context.profile())) {
                r = new Remembered(i, context.profile(), List.copyOf(rule.checkProject(i, p, context)));
            }
            now.put(p, r);
            out.addAll(r.findings());
        }
        last = now;
        return out;
    }
}
