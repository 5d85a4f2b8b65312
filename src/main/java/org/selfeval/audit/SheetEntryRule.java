package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.scoring.DepartmentScore;

/**
 * R29b: a 定性 row of the department sheet is scored within [0, its weight]; an entry for a row the
 * region's sheet does not have (the profile was changed) is pointed out.
 */
public final class SheetEntryRule implements AuditRule {
    static final String ID = "R29b";
    private static final String SOURCE = "部门整体支出绩效自评表：每项得分不超过其权重";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        var sheet = DepartmentScore.of(report);
        for (SheetEntry e : report.departmentSheet().entries()) {
            Location where = new Location(Location.CONCLUSION, "departmentSheet.entries." + e.row());
            var row = sheet.flatMap(s -> s.sheet().rows().stream().filter(r -> r.name().equals(e.row())).findFirst());
            if (row.isEmpty()) {
                out.add(new Finding(ID, Severity.WARNING, "部门自评表中没有“" + e.row() + "”这一项（地区规范已更换？），其得分未计入",
                        where, SOURCE));
                continue;
            }
            Row r = row.get();
            if (e.score() != null && e.score().compareTo(r.weight()) > 0) {
                out.add(new Finding(ID, Severity.ERROR, "部门自评表“" + r.name() + "”得分 " + Compare.score(e.score()) + " 分，超过权重 "
                        + Compare.score(r.weight()) + " 分", where, SOURCE));
            }
        }
        return out;
    }
}
