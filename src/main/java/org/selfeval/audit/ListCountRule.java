package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Report;

/**
 * R19: "N个…（甲、乙、丙）" or "内设4科1室（…）" — a count followed by a bracketed or colon-led
 * enumeration must enumerate that many items.
 */
public final class ListCountRule implements AuditRule {
    static final String ID = "R19";
    private static final Pattern LIST = Pattern.compile(
            "((?:\\d+\\s*[个项类科室处股所队中心]\\s*){1,3})[^\\d，,。；;：:（(]{0,8}?[（(：:]([^）)。；;]{2,400}?)(?:[）)。；;]|$)");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*[个项类科室处股所队中心]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            if (field.text().indexOf('、') < 0) {
                continue;
            }
            Matcher m = LIST.matcher(field.text());
            while (m.find()) {
                String items = m.group(2);
                if (items.indexOf('、') < 0) {
                    continue;
                }
                int said = 0;
                Matcher part = PART.matcher(m.group(1));
                while (part.find()) {
                    said += Integer.parseInt(part.group(1));
                }
                int listed = items.split("、").length;
                if (said != listed) {
                    out.add(new Finding(ID, Severity.WARNING, "“" + m.group(1).strip() + "”后列举了 " + listed + " 项（" + items
                            + "），数目应为 " + said, field.location(), "domain.md §3 R19"));
                }
            }
        }
        return out;
    }
}
