package org.selfeval.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.selfeval.model.Headcount;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;

/** R18a: "年末实有在职人员N人" in 人员概况 equals the sum of the kinds of staff. */
public final class StaffTotalRule implements AuditRule {
    static final String ID = "R18a";
    static final Location WHERE = new Location(Location.BASICS, "basics.staffing.text");
    private static final Pattern TOTAL = Pattern.compile("(?:年末)?实有(?:在职|在编)?人员\\s*(?:共)?\\s*" + TextFigures.NUM + "\\s*[人名]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Staffing s = report.basics().staffing();
        if (s.actual().isEmpty()) {
            return List.of();
        }
        return TextFigures.find(s.text(), TOTAL)
                .filter(f -> f.value().intValue() != s.actualTotal())
                .map(f -> List.of(new Finding(ID, Severity.ERROR, "年末实有在职人员 " + f.written() + " 人，但分项合计 "
                        + s.actualTotal() + " 人（" + parts(s) + "）", WHERE, "年末实有在职人员 = 各类人员之和")))
                .orElse(List.of());
    }

    private static String parts(Staffing s) {
        StringBuilder b = new StringBuilder();
        for (Headcount h : s.actual()) {
            b.append(b.length() == 0 ? "" : " + ").append(h.label()).append(' ').append(h.count());
        }
        return b.toString();
    }
}
