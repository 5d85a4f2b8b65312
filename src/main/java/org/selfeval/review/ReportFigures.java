package org.selfeval.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Percent;
import org.selfeval.model.Report;

/** The figures a reviewer lines up across departments. */
final class ReportFigures {
    private ReportFigures() {
    }

    /** 部门预算执行率: 支出合计 ÷ 全年（调整）预算数 (else 年初预算数) of the department sheet. */
    static Optional<BigDecimal> executionRate(Report r) {
        DepartmentSheet s = r.departmentSheet();
        BigDecimal budget = s.budgetAdjusted() != null ? s.budgetAdjusted() : s.budgetInitial();
        if (budget == null || r.finances().expenditure().isEmpty()) {
            return Optional.empty();
        }
        return Percent.of(r.finances().expenditureTotal(), budget);
    }

    /** "三公"经费 change: (本年决算 − 上年决算) ÷ 上年决算. */
    static Optional<BigDecimal> threePublicChange(Report r) {
        DepartmentSheet s = r.departmentSheet();
        if (s.threePublicActual() == null || s.threePublicPrior() == null || s.threePublicPrior().signum() == 0) {
            return Optional.empty();
        }
        return Percent.of(s.threePublicActual().subtract(s.threePublicPrior()), s.threePublicPrior());
    }
}
