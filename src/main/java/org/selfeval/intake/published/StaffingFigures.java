package org.selfeval.intake.published;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.selfeval.intake.Targets;
import org.selfeval.model.StaffCategory;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;

/**
 * The headcounts of 人员概况 (编制与人员): "核定行政编制18名" → 行政编制, "其中行政人员23人、机关工勤1人" → 在职人员 by
 * kind, "另有长期聘用2人", "离退休人员85人". Totals ("年末实有在职人员37人", "核定编制47名") and 领导职数 have no
 * target of their own; a stated total that differs from the sum of the kinds is a notice.
 */
final class StaffingFigures {
    private static final Pattern TOTAL = Pattern.compile("^(?:年末|全局|全部|现|共)?(?:实有|现有|共有)?(?:在职|在编)?(?:人员|职工|干部职工)?(?:总数|合计)?$");
    private final Findings findings;
    private final Map<StaffCategory, Integer> establishment = new EnumMap<>(StaffCategory.class);
    private final Map<StaffCategory, Integer> actual = new EnumMap<>(StaffCategory.class);
    private Integer statedTotal;

    StaffingFigures(Findings findings) {
        this.findings = findings;
    }

    void read(Reading r) {
        for (Figure f : r.all(Kind.HEADCOUNT)) {
            String label = f.label();
            int n = f.value().intValue();
            String source = Wording.clause(r.text(), f.start(), f.end());
            if (label.contains("职数") || label.contains("领导") || label.endsWith("长") || label.endsWith("书记") || label.endsWith("主任")) {
                continue;
            }
            if (label.contains("退休")) {
                findings.add(Targets.RETIREES, n, source);
            } else if (label.contains("聘用") || label.contains("编外")) {
                findings.add(Targets.LONG_TERM_HIRED, n, source);
            } else if (label.endsWith("编制")) {
                StaffCategory k = category(label);
                if (k != null) {
                    establishment.merge(k, n, Integer::sum);
                    findings.put(Targets.establishment(k), establishment.get(k), source);
                }
            } else if (TOTAL.matcher(label.replace("在职人员", "在职")).matches() || label.endsWith("在职人员") && category(label) == null) {
                statedTotal = n;
            } else {
                StaffCategory k = category(label);
                if (k != null) {
                    actual.merge(k, n, Integer::sum);
                    findings.put(Targets.actualStaff(k), actual.get(k), source);
                }
            }
        }
        checkTotal();
    }

    private void checkTotal() {
        int sum = actual.values().stream().mapToInt(Integer::intValue).sum();
        if (statedTotal != null && !actual.isEmpty() && sum != statedTotal) {
            findings.notice("人员概况写明在职人员 " + statedTotal + " 人，各类人员合计 " + sum + " 人，两者不符；导入的是各类人员的人数");
            statedTotal = null;
        }
    }

    /** The kind a label names; null when it names none ("核定编制"). */
    private static StaffCategory category(String label) {
        if (label.contains("工勤")) {
            return StaffCategory.WORKER;
        }
        if (label.contains("行政") && !label.contains("事业")) {
            return StaffCategory.ADMINISTRATIVE;
        }
        if (label.contains("事业")) {
            return label.contains("行政") ? StaffCategory.OTHER : StaffCategory.INSTITUTION;
        }
        if (label.contains("公务员") || label.contains("参公") || label.contains("参照公务员")) {
            return StaffCategory.ADMINISTRATIVE;
        }
        return null;
    }
}
