package org.selfeval.audit;

import java.util.List;

/**
 * Every rule of the catalogue (domain.md §3 R1–R27 and R28 标点, split where one entry checks several things:
 * R3a/R3b, R4a/R4b, R9a/R9b, R14a/R14b, R17a/R17b, R18a–c, R26a/R26b), the checks of stated figures
 * against computed ones (R1b, R3c, R6b, R7b, R8b, R11b, R11c), the fields of format 2 (R3d 人员/公用经费,
 * R3e 公用经费 agreement, R4c 较上年), and the regional rules of peer systems (P1 score cap by execution
 * rate, P2 over-completion deduction), in id order.
 */
public final class RuleCatalogue {
    private static final List<AuditRule> ALL = List.of(
            new IncomeTextRule(),
            new StatedIncomeTotalRule(),
            new IncomeShareRule(),
            new ExpenditureTextRule(),
            new ExpenditureShareRule(),
            new StatedExpenditureTotalRule(),
            new BasicSplitRule(),
            new PublicExpenseAgreementRule(),
            new CarryoverTextRule(),
            new CarryoverChangeRule(),
            new YearOnYearTextRule(),
            new FlowIdentityRule(),
            new LowExecutionRule(),
            new StatedExecutionRateRule(),
            new StatedExecutionScoreRule(),
            new ExecutionWeightRule(),
            new FundRowsRule(),
            new StatedFundTotalRule(),
            new AdjustmentReasonRule(),
            new PublicExpenseAdjustmentRule(),
            new WeightTotalRule(),
            new IndicatorScoreRangeRule(),
            new StatedTotalScoreRule(),
            new BlankScoreRule(),
            new QuantitativeScoreRule(),
            new QualitativeBandRule(),
            new DeviationReasonRule(),
            new DeviationClaimRule(),
            new NumericActualRule(),
            new TargetFormRule(),
            new IndicatorCountRule(),
            new ProjectCountRule(),
            new StaffTotalRule(),
            new StaffOverEstablishmentRule(),
            new StaffTextRule(),
            new ListCountRule(),
            new GradeRule(),
            new DepartmentNameRule(),
            new EmptySectionRule(),
            new GoalAmountsRule(),
            new TextLengthRule(),
            new TemplatePromptRule(),
            new ProjectTextFiguresRule(),
            new PublicExpenseTextRule(),
            new YearRule(),
            new PunctuationRule(),
            new DepartmentScoreRule(),
            new SheetEntryRule(),
            new SheetTextRule(),
            new BudgetAdjustmentRateRule(),
            new ThreePublicPartsRule(),
            new ScoreCapRule(),
            new OverCompletionDeductionRule());

    private RuleCatalogue() {
    }

    public static List<AuditRule> all() {
        return ALL;
    }
}
