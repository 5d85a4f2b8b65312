package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Department;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorBuilder;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectBuilder;
import org.selfeval.model.Report;

/** Small reports for rule tests, built with the RecordBuilder withers. */
final class Fixtures {
    static final Department DEPARTMENT = new Department("乐山市营商环境服务管理局", "市政管局");

    private Fixtures() {
    }

    static Report report() {
        return Report.empty("t", 2023, DEPARTMENT);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static BudgetFigures funds(String initial, String adjusted, String executed) {
        return new BudgetFigures(initial == null ? null : d(initial), adjusted == null ? null : d(adjusted),
                executed == null ? null : d(executed));
    }

    static Project project(String name, BudgetFigures fiscal, Indicator... rows) {
        return ProjectBuilder.builder().id(name).name(name).funds(Map.of(FundSource.FISCAL, fiscal))
                .indicators(List.of(rows)).build();
    }

    /** A project whose weights add up to 100: execution 10 and one indicator of 90. */
    static Project fullProject(String name, BudgetFigures fiscal, Indicator row) {
        return project(name, fiscal, row.withWeight(d("90")));
    }

    static Indicator indicator(IndicatorNature nature, String target, String unit, String actual, String weight) {
        return IndicatorBuilder.builder().level1("产出指标").level2("数量指标").name("指标").nature(nature)
                .target(target).unit(unit).actual(actual).weight(weight == null ? null : d(weight)).build();
    }

    static Report withProjects(Project... projects) {
        return report().withProjects(List.of(projects));
    }

    static List<Finding> check(AuditRule rule, Report report) {
        return rule.check(report, AuditContext.of(report));
    }

    static List<Finding> check(AuditRule rule, Report report, RegionalProfile profile) {
        return rule.check(report.withProfile(profile.id()), new AuditContext(profile, java.util.Optional.empty()));
    }
}
