package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Report;
import org.selfeval.recognise.ListCount;
import org.selfeval.recognise.Recogniser;

/**
 * R19: a count followed by the list of what it counts — "N个(甲、乙、丙)", "内设4科1室(…)", "N个:甲、乙",
 * "内设2个中队,即甲、乙", "设9个内设机构,分别为:…" — must enumerate that many items. A list that ends
 * with 等 is not complete by design and is not checked.
 */
public final class ListCountRule implements AuditRule, ReadsText {
    static final String ID = "R19";

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
            for (ListCount list : Recogniser.lists(field.text())) {
                if (!list.agrees()) {
                    out.add(new Finding(ID, Severity.WARNING, "“" + list.said() + "”后列举了 " + list.listed() + " 项（"
                            + String.join("、", list.items()) + "），数目应为 " + list.count(), field.location(), "所列事项数应与所称个数一致"));
                }
            }
        }
        return out;
    }

    /** The paragraphs that give a count with its list; other paragraphs are not this rule's to read. */
    @Override
    public List<Read> reads(Report report) {
        List<Read> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            if (field.text().indexOf('、') >= 0 && !Recogniser.lists(field.text()).isEmpty()) {
                out.add(new Read(field.location(), field.text(), true));
            }
        }
        return out;
    }
}
