package org.selfeval.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;
import org.selfeval.model.ThreePublicParts;

/**
 * Every place in a report that an import can fill, by key: the figures of 二 (收入 by source, 支出 by
 * category, 结转结余, 人员 / 公用经费, the prior year's totals), staffing, the department sheet's base data
 * (三公, budget), the paragraphs, the score, and projects by name. Readers of files name their results
 * with these; nothing else in the import knows the model's shape.
 */
public final class Targets {
    private static final Map<TargetKey, Target<?>> ALL = new LinkedHashMap<>();

    static {
        define();
    }

    private Targets() {
    }

    public static Target<BigDecimal> income(IncomeSource source) {
        return money("finances.income." + source.name());
    }

    public static Target<BigDecimal> expenditure(ExpenditureCategory category) {
        return money("finances.expenditure." + category.name());
    }

    public static final Target<BigDecimal> CARRYOVER_BASIC = money("finances.carryover.basic");
    public static final Target<BigDecimal> CARRYOVER_PROJECT = money("finances.carryover.project");
    public static final Target<BigDecimal> CARRYOVER_SURPLUS = money("finances.carryover.surplus");
    public static final Target<BigDecimal> CARRYOVER_PRIOR_TOTAL = money("finances.carryover.priorYearTotal");
    public static final Target<BigDecimal> PRIOR_INCOME_TOTAL = money("finances.priorIncomeTotal");
    public static final Target<BigDecimal> PRIOR_EXPENDITURE_TOTAL = money("finances.priorExpenditureTotal");
    public static final Target<BigDecimal> PERSONNEL_EXPENSES = money("finances.personnelExpenses");
    public static final Target<BigDecimal> PUBLIC_EXPENSES = money("finances.publicExpenses");
    public static final Target<BigDecimal> PUBLIC_EXPENSES_INITIAL = money("performance.publicExpenses.initial");
    public static final Target<BigDecimal> PUBLIC_EXPENSES_ADJUSTED = money("performance.publicExpenses.adjusted");
    public static final Target<BigDecimal> PUBLIC_EXPENSES_EXECUTED = money("performance.publicExpenses.executed");
    public static final Target<BigDecimal> THREE_PUBLIC_PRIOR = money("sheet.threePublicPrior");
    public static final Target<BigDecimal> THREE_PUBLIC_BUDGET = money("sheet.threePublicBudget");
    public static final Target<BigDecimal> THREE_PUBLIC_ACTUAL = money("sheet.threePublicActual");
    public static final Target<BigDecimal> THREE_PUBLIC_ABROAD = money("sheet.threePublic.abroad");
    public static final Target<BigDecimal> THREE_PUBLIC_VEHICLE_PURCHASE = money("sheet.threePublic.vehiclePurchase");
    public static final Target<BigDecimal> THREE_PUBLIC_VEHICLE_RUNNING = money("sheet.threePublic.vehicleRunning");
    public static final Target<BigDecimal> THREE_PUBLIC_RECEPTION = money("sheet.threePublic.reception");
    public static final Target<BigDecimal> BUDGET_INITIAL = money("sheet.budgetInitial");
    public static final Target<BigDecimal> BUDGET_ADJUSTED = money("sheet.budgetAdjusted");
    public static final Target<BigDecimal> BUDGET_ADDED = money("sheet.budgetAdded");
    public static final Target<BigDecimal> SCORE = money("conclusion.score");

    public static Target<Integer> establishment(StaffCategory category) {
        return count("basics.staffing.establishment." + category.name());
    }

    public static Target<Integer> actualStaff(StaffCategory category) {
        return count("basics.staffing.actual." + category.name());
    }

    public static final Target<Integer> RETIREES = count("basics.staffing.retirees");
    public static final Target<Integer> LONG_TERM_HIRED = count("basics.staffing.longTermHired");

    public static final Target<String> DEPARTMENT_NAME = text("department.fullName");
    /** 评价年度, read from a published report's title. */
    public static final Target<Integer> YEAR = count("year");
    public static final Target<String> ORGANIZATION = text("basics.organization");
    public static final Target<String> FUNCTIONS = text("basics.functions");
    public static final Target<String> STAFFING_TEXT = text("basics.staffing.text");
    public static final Target<String> TASKS_INTRO = text("basics.tasks.intro");
    public static final Target<String> TARGETS_TEXT = text("basics.targets.text");
    public static final Target<String> INCOME_TEXT = text("finances.incomeText");
    public static final Target<String> EXPENDITURE_TEXT = text("finances.expenditureText");
    public static final Target<String> CARRYOVER_TEXT = text("finances.carryoverText");
    public static final Target<String> DUTY_INTRO = text("performance.duty.intro");
    public static final Target<String> TARGET_SETTING = text("performance.targetSetting");
    public static final Target<String> GOAL_ACHIEVEMENT_TEXT = text("performance.goalAchievementText");
    public static final Target<String> SPENDING_CONTROL_TEXT = text("performance.spendingControlText");
    public static final Target<String> TIMELY_HANDLING = text("performance.timelyHandling");
    public static final Target<String> BUDGET_COMPLETION = text("performance.budgetCompletion");
    public static final Target<String> SURPLUS_AND_VIOLATIONS = text("performance.surplusAndViolations");
    public static final Target<String> INTERNAL_USE = text("performance.results.internalUse");
    public static final Target<String> DISCLOSURE = text("performance.results.disclosure");
    public static final Target<String> RECTIFICATION = text("performance.results.rectification");
    public static final Target<String> CONCLUSION_TEXT = text("conclusion.conclusionText");
    public static final Target<String> PROBLEMS = text("conclusion.problems");
    public static final Target<String> SUGGESTIONS = text("conclusion.suggestions");

    /**
     * A project, matched by name (or, when the report has none of that name, added at the end). Not in
     * {@link #all()}: there is one per project found.
     */
    public static Target<Project> project(String name) {
        TargetKey key = new TargetKey("projects." + name);
        return new Target<>(key, Project.class, "项目 · " + name,
                r -> r.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null),
                (r, p) -> {
                    List<Project> list = new ArrayList<>(r.projects());
                    int i = indexOf(list, name);
                    if (i >= 0) {
                        list.set(i, p.withId(list.get(i).id()));
                    } else {
                        list.add(p);
                    }
                    return r.withProjects(list);
                },
                Targets::describe);
    }

    /** Every fixed target, in the report's order. */
    public static List<Target<?>> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Target<?>> byKey(TargetKey key) {
        if (key.value().startsWith("projects.")) {
            return Optional.of(project(key.value().substring("projects.".length())));
        }
        return Optional.ofNullable(ALL.get(key));
    }

    // ---- definitions -------------------------------------------------------------------------

    private static void define() {
        String c2 = "二、收支 · ";
        for (IncomeSource s : IncomeSource.values()) {
            money("finances.income." + s.name(), c2 + "收入 · " + s.label(), r -> r.finances().income().get(s),
                    (r, v) -> fin(r, r.finances().withIncome(s, v)));
        }
        for (ExpenditureCategory e : ExpenditureCategory.values()) {
            money("finances.expenditure." + e.name(), c2 + "支出 · " + e.label(), r -> r.finances().expenditure().get(e),
                    (r, v) -> fin(r, r.finances().withExpenditure(e, v)));
        }
        money("finances.carryover.priorYearTotal", c2 + "年初结转结余", r -> r.finances().carryover().priorYearTotal(),
                (r, v) -> carry(r, r.finances().carryover().withPriorYearTotal(v)));
        money("finances.carryover.basic", c2 + "年末结转 · 基本支出结转", r -> r.finances().carryover().basic(),
                (r, v) -> carry(r, r.finances().carryover().withBasic(v)));
        money("finances.carryover.project", c2 + "年末结转 · 项目支出结转", r -> r.finances().carryover().project(),
                (r, v) -> carry(r, r.finances().carryover().withProject(v)));
        money("finances.carryover.surplus", c2 + "年末结余", r -> r.finances().carryover().surplus(),
                (r, v) -> carry(r, r.finances().carryover().withSurplus(v)));
        money("finances.personnelExpenses", c2 + "基本支出 · 人员经费", r -> r.finances().personnelExpenses(),
                (r, v) -> fin(r, r.finances().withPersonnelExpenses(v)));
        money("finances.publicExpenses", c2 + "基本支出 · 公用经费", r -> r.finances().publicExpenses(),
                (r, v) -> fin(r, r.finances().withPublicExpenses(v)));
        money("finances.priorIncomeTotal", c2 + "上年收入合计", r -> r.finances().priorIncomeTotal(),
                (r, v) -> fin(r, r.finances().withPriorIncomeTotal(v)));
        money("finances.priorExpenditureTotal", c2 + "上年支出合计", r -> r.finances().priorExpenditureTotal(),
                (r, v) -> fin(r, r.finances().withPriorExpenditureTotal(v)));
        String c3 = "三、支出控制 · 公用经费 · ";
        money("performance.publicExpenses.initial", c3 + "年初预算数", r -> analysis(r).publicExpenses().initial(),
                (r, v) -> publicBudget(r, analysis(r).publicExpenses().withInitial(v)));
        money("performance.publicExpenses.adjusted", c3 + "调整后预算数", r -> analysis(r).publicExpenses().adjusted(),
                (r, v) -> publicBudget(r, analysis(r).publicExpenses().withAdjusted(v)));
        money("performance.publicExpenses.executed", c3 + "决算数", r -> analysis(r).publicExpenses().executed(),
                (r, v) -> publicBudget(r, analysis(r).publicExpenses().withExecuted(v)));
        String c4 = "部门整体自评表 · ";
        money("sheet.threePublicPrior", c4 + "“三公”经费上年决算数", r -> r.departmentSheet().threePublicPrior(),
                (r, v) -> sheet(r, r.departmentSheet().withThreePublicPrior(v)));
        money("sheet.threePublicBudget", c4 + "“三公”经费本年预算数", r -> r.departmentSheet().threePublicBudget(),
                (r, v) -> sheet(r, r.departmentSheet().withThreePublicBudget(v)));
        money("sheet.threePublicActual", c4 + "“三公”经费本年决算数", r -> r.departmentSheet().threePublicActual(),
                (r, v) -> sheet(r, r.departmentSheet().withThreePublicActual(v)));
        money("sheet.threePublic.abroad", c4 + "因公出国（境）费", r -> parts(r).abroad(),
                (r, v) -> parts(r, parts(r).withAbroad(v)));
        money("sheet.threePublic.vehiclePurchase", c4 + "公务用车购置费", r -> parts(r).vehiclePurchase(),
                (r, v) -> parts(r, parts(r).withVehiclePurchase(v)));
        money("sheet.threePublic.vehicleRunning", c4 + "公务用车运行维护费", r -> parts(r).vehicleRunning(),
                (r, v) -> parts(r, parts(r).withVehicleRunning(v)));
        money("sheet.threePublic.reception", c4 + "公务接待费", r -> parts(r).reception(),
                (r, v) -> parts(r, parts(r).withReception(v)));
        money("sheet.budgetInitial", c4 + "年初预算数", r -> r.departmentSheet().budgetInitial(),
                (r, v) -> sheet(r, r.departmentSheet().withBudgetInitial(v)));
        money("sheet.budgetAdjusted", c4 + "全年（调整）预算数", r -> r.departmentSheet().budgetAdjusted(),
                (r, v) -> sheet(r, r.departmentSheet().withBudgetAdjusted(v)));
        money("sheet.budgetAdded", c4 + "本年追加预算数", r -> r.departmentSheet().budgetAdded(),
                (r, v) -> sheet(r, r.departmentSheet().withBudgetAdded(v)));
        define("conclusion.score", BigDecimal.class, "四、评价结论 · 自评得分", r -> r.conclusion().score(),
                (r, v) -> r.withConclusion(r.conclusion().withScore(v)), v -> v.stripTrailingZeros().toPlainString() + " 分");

        String c1 = "一、基本情况 · ";
        for (StaffCategory k : StaffCategory.values()) {
            count("basics.staffing.establishment." + k.name(), c1 + k.label() + "编制",
                    r -> sum(r.basics().staffing().establishment(), k),
                    (r, v) -> staffing(r, r.basics().staffing().withEstablishment(replace(r.basics().staffing().establishment(), k, v, "编制"))));
        }
        for (StaffCategory k : StaffCategory.values()) {
            count("basics.staffing.actual." + k.name(), c1 + "在职" + k.label() + "人员",
                    r -> sum(r.basics().staffing().actual(), k),
                    (r, v) -> staffing(r, r.basics().staffing().withActual(replace(r.basics().staffing().actual(), k, v, "人员"))));
        }
        count("basics.staffing.longTermHired", c1 + "长期聘用人员", r -> r.basics().staffing().longTermHired(),
                (r, v) -> staffing(r, r.basics().staffing().withLongTermHired(v)));
        count("basics.staffing.retirees", c1 + "离退休人员", r -> r.basics().staffing().retirees(),
                (r, v) -> staffing(r, r.basics().staffing().withRetirees(v)));

        define("year", Integer.class, "评价年度", Report::year, (r, v) -> r.withYear(v), v -> v + " 年度");
        text("department.fullName", "部门全称", r -> blankToNull(r.department().fullName()),
                (r, v) -> r.withDepartment(r.department().withFullName(v)));
        text("basics.organization", c1 + "机构组成", r -> blankToNull(r.basics().organization()),
                (r, v) -> r.withBasics(r.basics().withOrganization(v)));
        text("basics.functions", c1 + "机构职能", r -> blankToNull(r.basics().functions()),
                (r, v) -> r.withBasics(r.basics().withFunctions(v)));
        text("basics.staffing.text", c1 + "人员概况", r -> r.basics().staffing().text(),
                (r, v) -> staffing(r, r.basics().staffing().withText(v)));
        text("basics.tasks.intro", c1 + "年度主要工作任务", r -> blankToNull(r.basics().tasks().intro()),
                (r, v) -> r.withBasics(r.basics().withTasks(r.basics().tasks().withIntro(v))));
        text("basics.targets.text", c1 + "部门整体支出绩效目标", r -> blankToNull(r.basics().targets().text()),
                (r, v) -> r.withBasics(r.basics().withTargets(r.basics().targets().withText(v))));
        text("finances.incomeText", c2 + "收入情况", r -> r.finances().incomeText(),
                (r, v) -> fin(r, r.finances().withIncomeText(v)));
        text("finances.expenditureText", c2 + "支出情况", r -> r.finances().expenditureText(),
                (r, v) -> fin(r, r.finances().withExpenditureText(v)));
        text("finances.carryoverText", c2 + "结转结余情况", r -> r.finances().carryoverText(),
                (r, v) -> fin(r, r.finances().withCarryoverText(v)));
        String p = "三、绩效管理 · ";
        text("performance.duty.intro", p + "履职绩效", r -> blankToNull(r.performance().duty().intro()),
                (r, v) -> r.withPerformance(r.performance().withDuty(r.performance().duty().withIntro(v))));
        text("performance.targetSetting", p + "目标制定", r -> blankToNull(analysis(r).targetSetting()),
                (r, v) -> analysis(r, analysis(r).withTargetSetting(v)));
        text("performance.goalAchievementText", p + "目标实现", r -> analysis(r).goalAchievementText(),
                (r, v) -> analysis(r, analysis(r).withGoalAchievementText(v)));
        text("performance.spendingControlText", p + "支出控制", r -> analysis(r).spendingControlText(),
                (r, v) -> analysis(r, analysis(r).withSpendingControlText(v)));
        text("performance.timelyHandling", p + "及时处置", r -> blankToNull(analysis(r).timelyHandling()),
                (r, v) -> analysis(r, analysis(r).withTimelyHandling(v)));
        text("performance.budgetCompletion", p + "预算完成", r -> blankToNull(analysis(r).budgetCompletion()),
                (r, v) -> analysis(r, analysis(r).withBudgetCompletion(v)));
        text("performance.surplusAndViolations", p + "结余与违规", r -> blankToNull(analysis(r).surplusAndViolations()),
                (r, v) -> analysis(r, analysis(r).withSurplusAndViolations(v)));
        text("performance.results.internalUse", p + "结果应用 · 内部应用", r -> blankToNull(r.performance().results().internalUse()),
                (r, v) -> r.withPerformance(r.performance().withResults(r.performance().results().withInternalUse(v))));
        text("performance.results.disclosure", p + "结果应用 · 信息公开", r -> blankToNull(r.performance().results().disclosure()),
                (r, v) -> r.withPerformance(r.performance().withResults(r.performance().results().withDisclosure(v))));
        text("performance.results.rectification", p + "结果应用 · 问题整改", r -> blankToNull(r.performance().results().rectification()),
                (r, v) -> r.withPerformance(r.performance().withResults(r.performance().results().withRectification(v))));
        String c = "四、评价结论 · ";
        text("conclusion.conclusionText", c + "结论", r -> r.conclusion().conclusionText(),
                (r, v) -> r.withConclusion(r.conclusion().withConclusionText(v)));
        text("conclusion.problems", c + "存在问题", r -> blankToNull(r.conclusion().problems()),
                (r, v) -> r.withConclusion(r.conclusion().withProblems(v)));
        text("conclusion.suggestions", c + "改进建议", r -> blankToNull(r.conclusion().suggestions()),
                (r, v) -> r.withConclusion(r.conclusion().withSuggestions(v)));
    }

    private static <V> void define(String key, Class<V> type, String label, Function<Report, V> get, BiFunction<Report, V, Report> set,
                                   Function<V, String> show) {
        TargetKey k = new TargetKey(key);
        ALL.put(k, new Target<>(k, type, label, get, set, show));
    }

    private static void money(String key, String label, Function<Report, BigDecimal> get, BiFunction<Report, BigDecimal, Report> set) {
        define(key, BigDecimal.class, label, get, set, v -> Money.format(v) + " 万元");
    }

    private static void count(String key, String label, Function<Report, Integer> get, BiFunction<Report, Integer, Report> set) {
        define(key, Integer.class, label, get, set, v -> v + " 人");
    }

    private static void text(String key, String label, Function<Report, String> get, BiFunction<Report, String, Report> set) {
        define(key, String.class, label, get, set, Targets::shorten);
    }

    @SuppressWarnings("unchecked")
    private static Target<BigDecimal> money(String key) {
        return (Target<BigDecimal>) fixed(key);
    }

    @SuppressWarnings("unchecked")
    private static Target<Integer> count(String key) {
        return (Target<Integer>) fixed(key);
    }

    @SuppressWarnings("unchecked")
    private static Target<String> text(String key) {
        return (Target<String>) fixed(key);
    }

    private static Target<?> fixed(String key) {
        Target<?> t = ALL.get(new TargetKey(key));
        if (t == null) {
            throw new IllegalStateException("no import target " + key);
        }
        return t;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Report fin(Report r, Finances f) {
        return r.withFinances(f);
    }

    private static Report carry(Report r, Carryover c) {
        return r.withFinances(r.finances().withCarryover(c));
    }

    private static ProjectAnalysis analysis(Report r) {
        return r.performance().projectAnalysis();
    }

    private static Report analysis(Report r, ProjectAnalysis a) {
        return r.withPerformance(r.performance().withProjectAnalysis(a));
    }

    private static Report publicBudget(Report r, BudgetFigures b) {
        return analysis(r, analysis(r).withPublicExpenses(b));
    }

    private static Report sheet(Report r, DepartmentSheet s) {
        return r.withDepartmentSheet(s);
    }

    private static ThreePublicParts parts(Report r) {
        ThreePublicParts p = r.departmentSheet().threePublicParts();
        return p == null ? ThreePublicParts.NONE : p;
    }

    private static Report parts(Report r, ThreePublicParts p) {
        return sheet(r, r.departmentSheet().withThreePublicParts(p));
    }

    private static Report staffing(Report r, Staffing s) {
        return r.withBasics(r.basics().withStaffing(s));
    }

    private static Integer sum(List<Headcount> list, StaffCategory k) {
        boolean any = list.stream().anyMatch(h -> h.category() == k);
        return any ? list.stream().filter(h -> h.category() == k).mapToInt(Headcount::count).sum() : null;
    }

    /** The headcounts with those of one kind replaced by one line of {@code count} (its wording kept). */
    private static List<Headcount> replace(List<Headcount> list, StaffCategory k, Integer count, String suffix) {
        List<Headcount> out = new ArrayList<>();
        String label = null;
        int at = -1;
        for (Headcount h : list) {
            if (h.category() == k) {
                if (label == null) {
                    label = h.label();
                    at = out.size();
                }
            } else {
                out.add(h);
            }
        }
        if (count != null) {
            Headcount line = new Headcount(k, label == null || label.isBlank() ? k.label() + suffix : label, count);
            out.add(at < 0 ? out.size() : at, line);
        }
        return out;
    }

    private static int indexOf(List<Project> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(Project p) {
        BudgetFigures total = p.totalFunds();
        return "预算 " + Money.format(total.effectiveBudget()) + " 万元，执行 " + Money.format(total.executed()) + " 万元，"
                + p.indicators().size() + " 个指标";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}
