package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.audit.bench.LargeReport;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Indicator;
import org.selfeval.model.Numbers;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** The audit's fast paths give the model's results. */
class ProjectScoresTest {
    @Test
    void scoresEqualTheModelsOnAGeneratedReport() throws Exception {
        Report large = LargeReport.of(ReportJson.read(Path.of("sample-data/leshan-2023.json")), 40, 30);
        for (Project p : large.projects()) {
            assertThat(ProjectScores.total(p)).isEqualTo(p.totalScore());
            for (Indicator row : p.indicators()) {
                assertThat(ProjectScores.score(row)).isEqualTo(row.effectiveScore());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"95", "11.24", "0", "≥95%", "1,200", "12月", ".5", "5.", "1.2.3", "", "完成", "-3"})
    void cellNumbersEqualTheModelsParse(String cell) {
        assertThat(CellNumbers.parse(cell)).isEqualTo(Numbers.parse(cell));
    }
}
