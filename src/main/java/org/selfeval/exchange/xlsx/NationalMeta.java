package org.selfeval.exchange.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.QualitativeGrade;

/**
 * What the national form has no cell for, kept in our export's data part so that the sheet reads back
 * into an equal project: the texts of the Sichuan form (执行 原因, 项目实施内容, 评价结论, 存在问题, 改进措施,
 * the 负责人), and the funds by source (the form adds 财政专户管理资金, 单位资金 and 其他资金 into one row
 * and prints the 年初预算 as 全年预算数 where nothing was adjusted). The cells win: the kept funds are
 * used only while the three rows still show them.
 */
public final class NationalMeta {
    private static final List<String> TEXTS = List.of("executionNote", "implementationSummary", "evaluationConclusion",
            "problems", "improvements", "projectLead", "financeLead");
    private static final String FUNDS = "funds";

    private NationalMeta() {
    }

    /** The meta of a project written in the national layout; grades and computed scores are added by row. */
    public static ProjectMeta of(Project p) {
        ProjectMeta m = new ProjectMeta().id(p.id()).code(p.code()).adjustmentReason(p.adjustmentReason())
                .reportText(p.reportText());
        List<String> values = List.of(p.executionNote(), p.implementationSummary(), p.evaluationConclusion(), p.problems(),
                p.improvements(), p.projectLead(), p.financeLead());
        for (int i = 0; i < TEXTS.size(); i++) {
            m.text(TEXTS.get(i), values.get(i));
        }
        StringBuilder funds = new StringBuilder();
        p.funds().forEach((source, f) -> funds.append(source.name()).append('=').append(plain(f.initial())).append('/')
                .append(plain(f.adjusted())).append('/').append(plain(f.executed())).append(';'));
        return m.text(FUNDS, funds.toString()).text(ProjectMeta.DATA_NOTE, p.dataNote());
    }

    /** The three rows of the national form for these funds. */
    public static Map<FundSource, BudgetFigures> nationalRows(Map<FundSource, BudgetFigures> funds) {
        Map<FundSource, BudgetFigures> rows = new EnumMap<>(FundSource.class);
        BudgetFigures other = BudgetFigures.total(List.of(get(funds, FundSource.SPECIAL_ACCOUNT), get(funds, FundSource.UNIT),
                get(funds, FundSource.OTHER)));
        put(rows, FundSource.FISCAL, get(funds, FundSource.FISCAL));
        put(rows, FundSource.PRIOR_YEAR_CARRYOVER, get(funds, FundSource.PRIOR_YEAR_CARRYOVER));
        put(rows, FundSource.OTHER, other);
        return rows;
    }

    /** The project read from the cells, with what the meta keeps put back. */
    static Project restore(Project read, ProjectMeta m, List<Integer> indicatorRows) {
        Project p = read.withId(m.id()).withAdjustmentReason(m.adjustmentReason()).withReportText(m.reportText())
                .withDataNote(m.text(ProjectMeta.DATA_NOTE) != null ? m.text(ProjectMeta.DATA_NOTE) : read.dataNote())
                .withExecutionNote(text(m, 0)).withImplementationSummary(text(m, 1)).withEvaluationConclusion(text(m, 2))
                .withProblems(text(m, 3)).withImprovements(text(m, 4)).withProjectLead(text(m, 5)).withFinanceLead(text(m, 6));
        Map<FundSource, BudgetFigures> kept = funds(m.text(FUNDS));
        if (kept != null && nationalRows(kept).equals(nationalRows(read.funds()))) {
            p = p.withFunds(kept);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < read.indicators().size(); i++) {
            Indicator ind = read.indicators().get(i);
            int row = indicatorRows.get(i);
            if (m.isComputed(row)) {
                ind = ind.withScore(null);
            }
            if (!m.grade(row).isEmpty()) {
                try {
                    ind = ind.withGrade(QualitativeGrade.valueOf(m.grade(row)));
                } catch (IllegalArgumentException e) {
                    // an unknown grade is left out: the score stands as read
                }
            }
            indicators.add(ind);
        }
        return p.withIndicators(indicators);
    }

    private static String text(ProjectMeta m, int i) {
        String v = m.text(TEXTS.get(i));
        return v == null ? "" : v;
    }

    private static Map<FundSource, BudgetFigures> funds(String text) {
        if (text == null) {
            return null;
        }
        Map<FundSource, BudgetFigures> out = new EnumMap<>(FundSource.class);
        try {
            for (String part : text.split(";")) {
                if (part.isEmpty()) {
                    continue;
                }
                String[] kv = part.split("=", 2);
                String[] v = kv[1].split("/", -1);
                out.put(FundSource.valueOf(kv[0]), new BudgetFigures(amount(v[0]), amount(v[1]), amount(v[2])));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return out;
    }

    private static BigDecimal amount(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static BudgetFigures get(Map<FundSource, BudgetFigures> funds, FundSource s) {
        return funds.getOrDefault(s, BudgetFigures.EMPTY);
    }

    private static void put(Map<FundSource, BudgetFigures> rows, FundSource s, BudgetFigures f) {
        BudgetFigures shown = new BudgetFigures(f.initial(), f.effectiveBudget(), f.executed());
        if (!shown.isEmpty()) {
            rows.put(s, shown);
        }
    }
}
