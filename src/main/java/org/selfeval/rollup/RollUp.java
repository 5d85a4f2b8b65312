package org.selfeval.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.Department;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;
import org.selfeval.model.ThreePublicParts;

/**
 * 汇总 (本级 + 下属单位): one report whose figures are the sums of the department's own report and its
 * units' — income by source, expenditure by category, 结转结余, 人员 / 公用经费, staffing by kind, the
 * department sheet's base data — with every project listed (a unit's under its name as 实施单位). The
 * paragraphs that restate figures are left to be generated from the sums; the others are the 本级's.
 * Pure: a new report each time, never stored.
 */
public final class RollUp {
    /** The roll-up's id: the 本级 report's with this suffix. */
    public static final String ID_SUFFIX = "#汇总";

    private RollUp() {
    }

    public static Report of(Report parent, List<Report> units) {
        List<Report> all = new ArrayList<>();
        all.add(parent);
        all.addAll(units);
        Department d = parent.department();
        return parent
                .withId(parent.id() + ID_SUFFIX)
                .withDepartment(new Department(d.fullName() + "（含下属单位）", d.shortName()))
                .withBasics(parent.basics().withStaffing(staffing(all)))
                .withFinances(finances(all))
                .withPerformance(parent.performance().withProjectAnalysis(parent.performance().projectAnalysis()
                        .withPublicExpenses(sumBudget(all, r -> r.performance().projectAnalysis().publicExpenses()))
                        .withSpendingControlText(null)))
                .withProjects(projects(parent, units))
                .withDepartmentSheet(sheet(parent, all))
                .withAttachmentText(null)
                .withFindingNotes(List.of())
                .withUnits(List.of());
    }

    private static Staffing staffing(List<Report> all) {
        List<Headcount> establishment = new ArrayList<>();
        List<Headcount> actual = new ArrayList<>();
        for (Report r : all) {
            establishment.addAll(r.basics().staffing().establishment());
            actual.addAll(r.basics().staffing().actual());
        }
        Staffing first = all.get(0).basics().staffing();
        return new Staffing(establishment, first.leadershipPosts(), actual,
                sumCounts(all, r -> r.basics().staffing().longTermHired()), null,
                sumCounts(all, r -> r.basics().staffing().retirees()));
    }

    private static Finances finances(List<Report> all) {
        Map<IncomeSource, BigDecimal> income = new EnumMap<>(IncomeSource.class);
        for (IncomeSource s : IncomeSource.values()) {
            BigDecimal v = sum(all, r -> r.finances().income().get(s));
            if (v != null) {
                income.put(s, v);
            }
        }
        Map<ExpenditureCategory, BigDecimal> expenditure = new EnumMap<>(ExpenditureCategory.class);
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            BigDecimal v = sum(all, r -> r.finances().expenditure().get(c));
            if (v != null) {
                expenditure.put(c, v);
            }
        }
        Carryover carryover = new Carryover(sum(all, r -> r.finances().carryover().basic()),
                sum(all, r -> r.finances().carryover().project()), sum(all, r -> r.finances().carryover().surplus()),
                sum(all, r -> r.finances().carryover().priorYearTotal()));
        return new Finances(income, null, expenditure, null, carryover, null, null, null,
                sumAll(all, r -> r.finances().priorIncomeTotal()), sumAll(all, r -> r.finances().priorExpenditureTotal()),
                sum(all, r -> r.finances().personnelExpenses()), sum(all, r -> r.finances().publicExpenses()));
    }

    private static List<Project> projects(Report parent, List<Report> units) {
        List<Project> out = new ArrayList<>(parent.projects());
        for (Report u : units) {
            for (Project p : u.projects()) {
                Project q = p.withId(u.id() + "/" + p.id());
                out.add(q.implementingUnit().isBlank() ? q.withImplementingUnit(u.department().fullName()) : q);
            }
        }
        return out;
    }

    private static DepartmentSheet sheet(Report parent, List<Report> all) {
        DepartmentSheet s = parent.departmentSheet();
        ThreePublicParts parts = new ThreePublicParts(sum(all, r -> parts(r).abroad()), sum(all, r -> parts(r).vehiclePurchase()),
                sum(all, r -> parts(r).vehicleRunning()), sum(all, r -> parts(r).reception()));
        return s.withThreePublicPrior(sum(all, r -> r.departmentSheet().threePublicPrior()))
                .withThreePublicBudget(sum(all, r -> r.departmentSheet().threePublicBudget()))
                .withThreePublicActual(sum(all, r -> r.departmentSheet().threePublicActual()))
                .withBudgetInitial(sum(all, r -> r.departmentSheet().budgetInitial()))
                .withBudgetAdjusted(sumAdjusted(all))
                .withBudgetAdded(sum(all, r -> r.departmentSheet().budgetAdded()))
                .withProcurementPlanned(sum(all, r -> r.departmentSheet().procurementPlanned()))
                .withProcurementActual(sum(all, r -> r.departmentSheet().procurementActual()))
                .withKeyExpenditure(sum(all, r -> r.departmentSheet().keyExpenditure()))
                .withThreePublicParts(parts.isEmpty() ? null : parts);
    }

    /** 全年预算数 of the whole: each report's adjusted budget, or its initial one where it was not adjusted. */
    private static BigDecimal sumAdjusted(List<Report> all) {
        if (all.stream().noneMatch(r -> r.departmentSheet().budgetAdjusted() != null)) {
            return null;
        }
        return sum(all, r -> r.departmentSheet().budgetAdjusted() != null ? r.departmentSheet().budgetAdjusted()
                : r.departmentSheet().budgetInitial());
    }

    private static ThreePublicParts parts(Report r) {
        ThreePublicParts p = r.departmentSheet().threePublicParts();
        return p == null ? ThreePublicParts.NONE : p;
    }

    private static BudgetFigures sumBudget(List<Report> all, Function<Report, BudgetFigures> get) {
        return BudgetFigures.total(all.stream().map(get).toList());
    }

    /** The sum of the figures given; null when none of the reports gives one. */
    static BigDecimal sum(List<Report> all, Function<Report, BigDecimal> get) {
        BigDecimal total = null;
        for (Report r : all) {
            BigDecimal v = get.apply(r);
            if (v != null) {
                total = total == null ? v : total.add(v);
            }
        }
        return total;
    }

    /** The sum only when every report gives the figure (a prior-year total of some units only is no total). */
    private static BigDecimal sumAll(List<Report> all, Function<Report, BigDecimal> get) {
        return all.stream().allMatch(r -> get.apply(r) != null) ? sum(all, get) : null;
    }

    private static Integer sumCounts(List<Report> all, Function<Report, Integer> get) {
        Integer total = null;
        for (Report r : all) {
            Integer v = get.apply(r);
            if (v != null) {
                total = total == null ? v : total + v;
            }
        }
        return total;
    }
}
