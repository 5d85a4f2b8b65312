package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

class NextYearReportTest {
    @Test
    void copiesStructureClearsAmountsAndCarriesTheYearEndFigure() throws Exception {
        Report last = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report next = NextYearReport.from(last, "next");

        assertThat(next.id()).isEqualTo("next");
        assertThat(next.year()).isEqualTo(last.year() + 1);
        assertThat(next.department()).isEqualTo(last.department());
        assertThat(next.basics()).isEqualTo(last.basics());
        assertThat(next.finances().income()).isEmpty();
        assertThat(next.finances().expenditure()).isEmpty();
        assertThat(next.finances().incomeText()).isNull();
        assertThat(next.finances().carryover().priorYearTotal())
                .isEqualByComparingTo(last.finances().carryover().total());
        assertThat(next.conclusion().score()).isNull();
        assertThat(next.conclusion().problems()).isEqualTo(last.conclusion().problems());
        assertThat(next.projects()).hasSameSizeAs(last.projects());
        assertThat(next.projects()).allSatisfy(p -> {
            assertThat(p.funds()).isEmpty();
            assertThat(p.indicators()).allSatisfy(i -> assertThat(i.actual()).isEmpty());
        });
        assertThat(next.projects().get(0).indicators()).hasSameSizeAs(last.projects().get(0).indicators());
    }
}
