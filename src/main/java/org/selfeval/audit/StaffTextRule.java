package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;

/**
 * R18c: the counts the 人员概况 paragraph gives for each kind of 编制, 领导职数 and staff ("核定行政编制18名",
 * "行政人员23人") agree with the figures. A label is matched where it is followed by a count; a
 * label that is part of a longer one ("局长" in "副局长3名") is accepted when any of its matches fits.
 */
public final class StaffTextRule implements AuditRule {
    static final String ID = "R18c";
    private static final Pattern COUNT = Pattern.compile("\\s*" + TextFigures.NUM + "\\s*[人名个]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Staffing s = report.basics().staffing();
        String text = s.text();
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (Headcount h : s.establishment()) {
            check(out, text, h.label(), h.count());
        }
        for (LeadershipPost post : s.leadershipPosts()) {
            check(out, text, post.title(), post.count());
        }
        for (Headcount h : s.actual()) {
            check(out, text, h.label(), h.count());
        }
        if (s.longTermHired() != null) {
            check(out, text, "长期聘用", s.longTermHired());
        }
        return out;
    }

    private static void check(List<Finding> out, String text, String label, int figure) {
        if (label.isBlank()) {
            return;
        }
        List<String> written = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
            m.region(at + label.length(), text.length());
            if (m.lookingAt()) {
                if (Integer.parseInt(m.group(1).replace(",", "")) == figure) {
                    return;
                }
                written.add(m.group(1));
            }
        }
        if (!written.isEmpty()) {
            out.add(new Finding(ID, Severity.ERROR, "人员概况写" + label + " " + written.get(0) + "，但填报数为 " + figure,
                    StaffTotalRule.WHERE, "domain.md §3 R18（文数一致）"));
        }
    }
}
