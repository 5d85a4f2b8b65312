package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Report;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.ListCount;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;
import org.selfeval.recognise.Unit;

/**
 * The text rules on reports built around published paragraphs: no finding where the paragraph is
 * right (the false-alarm budget), the known errors where it is not, and exactly one finding naming the
 * old and the new value when one compared figure of a right paragraph is changed.
 */
class CorpusAuditTest {
    static final List<AuditRule> TEXT_RULES = List.of(new IncomeTextRule(), new IncomeShareRule(), new ExpenditureTextRule(),
            new ExpenditureShareRule(), new CarryoverTextRule(), new StaffTextRule(), new ListCountRule(), new DepartmentNameRule(),
            new GoalAmountsRule(), new ProjectTextFiguresRule(), new PublicExpenseTextRule(), new IndicatorCountRule(),
            new ProjectCountRule());

    static List<Finding> audit(Report report) {
        return new Auditor(TEXT_RULES).audit(report);
    }

    static Stream<Corpus.Paragraph> paragraphs() {
        return Corpus.paragraphs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void theTextRulesFindExactlyTheKnownErrors(Corpus.Paragraph p) {
        assertThat(audit(CorpusReports.of(p, p.text()))).extracting(Finding::ruleId).containsExactlyElementsOf(p.findings());
    }

    /** The fields whose paragraphs the text rules read for figures. */
    static final java.util.Set<String> FIGURE_FIELDS = java.util.Set.of("incomeText", "expenditureText", "carryoverText", "staffing",
            "spendingControlText", "goalAchievementText", "reportText", "annualGoal", "goalCompletion");

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void coverageTellsCheckedFromUnreadParagraphs(Corpus.Paragraph p) {
        Report report = CorpusReports.of(p, p.text());
        TextCoverage coverage = Auditor.standard().coverage(report);
        List<String> checked = coverage.checked().stream().map(r -> r.text()).toList();
        List<String> unread = coverage.unread().stream().map(r -> r.text()).toList();
        String text = p.text();
        if (p.checked()) {
            assertThat(checked).contains(text);
            assertThat(unread).doesNotContain(text);
        } else {
            assertThat(checked).doesNotContain(text);
            if (FIGURE_FIELDS.contains(p.field()) && !p.figures().isEmpty()) {
                assertThat(unread).contains(text);
            }
        }
    }

    static Stream<Arguments> comparedFigures() {
        List<Arguments> out = new ArrayList<>();
        for (Corpus.Paragraph p : Corpus.paragraphs()) {
            if (!p.findings().isEmpty()) {
                continue;
            }
            for (int i = 0; i < p.figures().size(); i++) {
                if (p.figures().get(i).compared()) {
                    out.add(Arguments.of(p, i, p.figures().get(i).toString()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{2} in {0}")
    @MethodSource("comparedFigures")
    void changingOneComparedFigureGivesOneFindingNamingBothValues(Corpus.Paragraph p, int index, String figure) {
        Reading reading = Recogniser.read(p.text());
        Figure f = reading.figures().get(index);
        String changed = changed(f);
        int at = reading.text().lastIndexOf(f.written(), f.end() - 1);
        String text = reading.text().substring(0, at) + changed + reading.text().substring(at + f.written().length());

        List<Finding> findings = audit(CorpusReports.of(p, text));

        // the old value as the report holds it: an amount written in 元 is held in 万元
        String old = f.unit() == Unit.YUAN ? Compare.money(f.value()) : f.written();
        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.message()).contains(changed).contains(old));
    }

    static Stream<Arguments> lists() {
        List<Arguments> out = new ArrayList<>();
        for (Corpus.Paragraph p : Corpus.paragraphs()) {
            if (p.findings().isEmpty() && !p.lists().isEmpty()) {
                out.add(Arguments.of(p));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void changingTheCountOfAListGivesOneFinding(Corpus.Paragraph p) {
        ListCount list = Recogniser.read(p.text()).lists().get(0);
        String text = Recogniser.normalise(p.text());
        int at = text.indexOf(list.said());
        String said = (Character.getNumericValue(list.said().charAt(0)) + 1) + list.said().substring(1);
        List<Finding> findings = audit(CorpusReports.of(p, text.substring(0, at) + said + text.substring(at + list.said().length())));
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("R19");
            assertThat(finding.message()).contains("“" + said + "”", "列举了 " + list.listed() + " 项");
        });
    }

    @Test
    void theKnownErrorsAreNamedWithTheirFigures() {
        List<String> messages = new ArrayList<>();
        for (Corpus.Paragraph p : Corpus.paragraphs()) {
            audit(CorpusReports.of(p, p.text())).forEach(f -> messages.add(f.message()));
        }
        assertThat(messages).contains(
                "“9个”后列举了 8 项（办公室、投资促进股科、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股），数目应为 9",
                "项目「委托业务项目」年度目标完成情况所列分项金额 30 万元 + 30 万元 + 29.99 万元 = 89.99 万元，与所写总额 89.97 万元不符",
                "正文写设定三级指标 13 个，实际完成指标 17 个：完成数不能多于设定数",
                "部门名称写作“乐山市政务服务管理局”，与全称“乐山市营商环境服务管理局”、简称“市政管局”不一致");
    }

    /** The figure with a difference the rules cannot tolerate: one in its last place, 1000 元, one point. */
    private static String changed(Figure f) {
        BigDecimal written = new BigDecimal(f.written().replace(",", ""));
        BigDecimal step = f.unit() == Unit.YUAN ? new BigDecimal("1000")
                : f.unit() == Unit.PERCENT ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(written.scale());
        return written.add(step).setScale(written.scale()).toPlainString();
    }
}
