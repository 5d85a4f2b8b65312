package org.selfeval.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.model.Report;

/**
 * The audit of a 汇总: the catalogue run on the summed report, then what is wrong with the units — a unit
 * report missing from the workspace or of another year, and each unit's own 错误 (its figures that do
 * not add up), named with the unit.
 */
public final class RollUpAudit {
    static final String RULE = "H1";
    private static final String SOURCE = "汇总：本级与下属单位的报告";

    private final Auditor auditor;

    public RollUpAudit(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * @param units the units by id as found in the workspace; an id the parent lists and this map lacks is
     *              a missing unit
     */
    public List<Finding> audit(Report parent, Map<String, Optional<Report>> units, Report rolledUp) {
        List<Finding> out = new ArrayList<>(auditor.audit(rolledUp));
        for (int i = 0; i < parent.units().size(); i++) {
            String id = parent.units().get(i);
            Location where = new Location(Location.BASICS, "units[" + i + "]");
            Optional<Report> unit = units.getOrDefault(id, Optional.empty());
            if (unit.isEmpty()) {
                out.add(new Finding(RULE, Severity.ERROR, "下属单位的报告（ID " + id + "）不在工作区中，汇总未含该单位", where, SOURCE));
                continue;
            }
            Report u = unit.get();
            String name = u.department().fullName().isBlank() ? "ID " + id : u.department().fullName();
            if (u.year() != parent.year()) {
                out.add(new Finding(RULE, Severity.ERROR, "下属单位“" + name + "”的报告是 " + u.year() + " 年度的，本级是 "
                        + parent.year() + " 年度", where, SOURCE));
            }
            for (Finding f : auditor.audit(u)) {
                if (f.severity() == Severity.ERROR) {
                    out.add(new Finding(f.ruleId(), f.severity(), "下属单位“" + name + "”：" + f.message(), where, f.source()));
                }
            }
        }
        return out;
    }
}
