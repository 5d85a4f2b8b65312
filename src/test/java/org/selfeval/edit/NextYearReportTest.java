package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;

class NextYearReportTest {
    static Report last() throws Exception {
        Report r = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Indicator row = new Indicator("产出指标", "数量指标", "办件量", IndicatorNature.AT_LEAST, "10000", "件", "12000",
                new BigDecimal("20"), new BigDecimal("20"), QualitativeGrade.ACHIEVED, "超额");
        return r.withFindingNotes(List.of(new FindingNote("R9@projects[0].funds", "说明")))
                .withBasics(r.basics().withTargets(r.basics().targets().withIndicators(List.of(row))))
                .withFinances(r.finances().withCarryover(r.finances().carryover().withSurplus(new BigDecimal("1.24"))))
                .withReportDate(java.time.LocalDate.of(2024, 3, 1));
    }

    @Test
    void yearIdAndProseCarryOver() throws Exception {
        Report last = last();
        Report next = NextYearReport.from(last, "new-id");
        assertThat(next.id()).isEqualTo("new-id");
        assertThat(next.year()).isEqualTo(last.year() + 1);
        assertThat(next.department()).isEqualTo(last.department());
        assertThat(next.basics().organization()).isEqualTo(last.basics().organization());
        assertThat(next.basics().functions()).isEqualTo(last.basics().functions());
        assertThat(next.basics().tasks()).isEqualTo(last.basics().tasks());
        assertThat(next.basics().staffing().actual()).isEqualTo(last.basics().staffing().actual());
        assertThat(next.performance().duty()).isEqualTo(last.performance().duty());
        assertThat(next.performance().results()).isEqualTo(last.performance().results());
        assertThat(next.conclusion().problems()).isEqualTo(last.conclusion().problems());
        assertThat(next.projects()).extracting(Project::name).isEqualTo(last.projects().stream().map(Project::name).toList());
    }

    @Test
    void lastYearsYearEndCarryoverBecomesThisYearsPriorYearFigure() throws Exception {
        Report last = last();
        Report next = NextYearReport.from(last, "n");
        Carryover c = last.finances().carryover();
        BigDecimal expected = c.basic().add(c.project()).add(c.surplus());
        assertThat(next.finances().carryover().priorYearTotal()).isEqualByComparingTo(expected);
        assertThat(next.finances().carryover().basic()).isNull();
        assertThat(next.finances().carryover().project()).isNull();
        assertThat(next.finances().carryover().surplus()).isNull();
    }

    @Test
    void amountsAndResultsAreClearedAndFigureSentencesRegenerated() throws Exception {
        Report next = NextYearReport.from(last(), "n");
        assertThat(next.finances().income()).isEmpty();
        assertThat(next.finances().expenditure()).isEmpty();
        assertThat(next.finances().incomeText()).isNull();
        assertThat(next.finances().expenditureText()).isNull();
        assertThat(next.finances().carryoverText()).isNull();
        assertThat(next.basics().staffing().text()).isNull();
        assertThat(next.performance().projectAnalysis().publicExpenses()).isEqualTo(BudgetFigures.EMPTY);
        assertThat(next.performance().projectAnalysis().goalAchievementText()).isNull();
        assertThat(next.conclusion().score()).isNull();
        assertThat(next.conclusion().conclusionText()).isNull();
        assertThat(next.attachmentText()).isNull();
        for (Project p : next.projects()) {
            assertThat(p.funds().values()).allMatch(BudgetFigures::isEmpty);
            assertThat(p.dataNote()).isNull();
        }
        assertThat(next.projects().get(0).funds().keySet()).isEqualTo(last().projects().get(0).funds().keySet());
        Indicator row = next.basics().targets().indicators().get(0);
        assertThat(row.target()).isEqualTo("10000");
        assertThat(row.weight()).isEqualByComparingTo("20");
        assertThat(row.actual()).isEmpty();
        assertThat(row.score()).isNull();
        assertThat(row.grade()).isNull();
        assertThat(row.deviationReason()).isEmpty();
    }

    @Test
    void findingNotesAndDateAreDroppedAndLastYearIsUntouched() throws Exception {
        Report last = last();
        String before = ReportJson.write(last);
        Report next = NextYearReport.from(last, "n");
        assertThat(next.findingNotes()).isEmpty();
        assertThat(next.reportDate()).isNull();
        assertThat(ReportJson.write(last)).isEqualTo(before);
    }

    @Test
    void noCarryoverStatedLastYearMeansNoneCarriedIn() throws Exception {
        Report last = last().withFinances(last().finances().withCarryover(Carryover.EMPTY));
        assertThat(NextYearReport.from(last, "n").finances().carryover().priorYearTotal()).isNull();
    }
}
