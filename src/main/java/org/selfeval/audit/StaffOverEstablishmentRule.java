package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Headcount;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

/** R18b: staff of a kind exceed the 编制 of that kind (explainable, e.g. 参公 or 借调). */
public final class StaffOverEstablishmentRule implements AuditRule {
    static final String ID = "R18b";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Staffing s = report.basics().staffing();
        List<Finding> out = new ArrayList<>();
        for (StaffCategory c : StaffCategory.values()) {
            if (c == StaffCategory.OTHER) {
                continue;
            }
            int posts = s.establishmentOf(c);
            int staff = s.actualOf(c);
            boolean stated = s.establishment().stream().anyMatch(h -> h.category() == c);
            if (stated && staff > posts) {
                out.add(new Finding(ID, Severity.WARNING, label(s.actual(), c, c.label() + "人员") + " " + staff + " 人，超过核定"
                        + label(s.establishment(), c, c.label() + "编制") + " " + posts + " 名",
                        new Location(Location.BASICS, "basics.staffing.actual[" + index(s.actual(), c) + "]"),
                        "机构编制管理：实有人员不超过核定编制"));
            }
        }
        return out;
    }

    private static String label(List<Headcount> list, StaffCategory c, String fallback) {
        return list.stream().filter(h -> h.category() == c && !h.label().isBlank()).map(Headcount::label).findFirst().orElse(fallback);
    }

    private static int index(List<Headcount> list, StaffCategory c) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).category() == c) {
                return i;
            }
        }
        return 0;
    }
}
