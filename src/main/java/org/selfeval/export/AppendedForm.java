package org.selfeval.export;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * A form appended to the printed report as an 附件: the department sheet first (when the report has
 * one), then each project's 自评表 in the region's layout.
 *
 * @param grid the form
 * @param name what a continuation page names it ("（续）name")
 * @param note a 说明 printed under the form; "" for none (a project's 备注 — e.g. "示例值" — is the clerk's,
 *             shown in the window and never printed)
 */
public record AppendedForm(ProjectFormGrid grid, String name, String note) {

    public static List<AppendedForm> of(Report report) {
        List<AppendedForm> forms = new ArrayList<>();
        DepartmentSheetGrid.of(report).ifPresent(g -> forms.add(new AppendedForm(g, "部门整体支出绩效自评表", "")));
        for (Project p : report.projects()) {
            forms.add(new AppendedForm(ProjectFormGrid.of(p, RegionalProfile.forId(report.profile()).projectForm(), report.year()),
                    p.name(), ""));
        }
        return forms;
    }
}
