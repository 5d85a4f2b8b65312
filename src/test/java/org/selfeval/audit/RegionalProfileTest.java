package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Report;

class RegionalProfileTest {
    @Test
    void profilesAreReadFromTheirJsonResources() {
        assertThat(RegionalProfile.available()).extracting(RegionalProfile::id).containsExactly("sichuan", "national", "hunan", "anhui");
        assertThat(RegionalProfile.SICHUAN.name()).isEqualTo("四川省");
        assertThat(RegionalProfile.SICHUAN.deviationThresholdPct()).isEqualByComparingTo("30");
        assertThat(RegionalProfile.SICHUAN.lowExecutionPct()).isEqualByComparingTo("90");
        assertThat(RegionalProfile.SICHUAN.shortTextLimit()).isEqualTo(100);
        assertThat(RegionalProfile.NATIONAL.level1Weights()).containsOnlyKeys("产出指标", "效益指标", "满意度指标");
        assertThat(RegionalProfile.NATIONAL.scoreCaps()).isEmpty();
    }

    @Test
    void theReportPicksItsProfile() {
        Report r = Fixtures.report();
        assertThat(AuditContext.of(r).profile()).isEqualTo(RegionalProfile.SICHUAN);
        assertThat(AuditContext.of(r.withProfile("national")).profile()).isEqualTo(RegionalProfile.NATIONAL);
        assertThat(RegionalProfile.forId("unknown")).isEqualTo(RegionalProfile.SICHUAN);
    }

    @ParameterizedTest(name = "执行率 {0}% → 封顶 {1}")
    @CsvSource({"100, ", "80, ", "79.99, 89", "70, 89", "69.99, 79", "60, 79", "59.99, 69", "50, 69", "49.99, 59", "0, 59"})
    void sichuanCapsTheScoreByExecutionRate(String rate, String cap) {
        var found = RegionalProfile.SICHUAN.capFor(new BigDecimal(rate)).map(RegionalProfile.ScoreCap::maxScore);
        if (cap == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).get().satisfies(c -> assertThat(c).isEqualByComparingTo(cap));
        }
    }
}
