package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.edit.PunctuationFix;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

class PunctuationRuleTest {
    private final PunctuationRule rule = new PunctuationRule();

    @Test
    void aParagraphWithHalfWidthMarksIsOneWarningNamingCountsAndPlace() {
        Report report = Fixtures.report().withConclusion(
                Fixtures.report().conclusion().withProblems("预算编制不够精细,执行进度偏慢;个别项目\"绩效目标\"不明确、及调整较多"));
        List<Finding> findings = Fixtures.check(rule, report);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().path()).isEqualTo("conclusion.problems");
            assertThat(f.message()).contains("半角标点 2 处", "引号不规范 1 处", "多余的顿号 1 处", "如“编制不够精细,执行进度偏慢”");
        });
    }

    @Test
    void generatedTextIsNotChecked() {
        assertThat(Fixtures.check(rule, Fixtures.report())).isEmpty();
    }

    @Test
    void theSampleHasSlipsAndTheWholeReportFixClearsThemAndNothingElse() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        List<Finding> before = Auditor.standard().audit(sample);
        assertThat(before).filteredOn(f -> f.ruleId().equals("R28")).hasSizeGreaterThan(5);
        Report fixed = PunctuationFix.all(sample);
        List<Finding> after = Auditor.standard().audit(fixed);
        assertThat(after).noneMatch(f -> f.ruleId().equals("R28"));
        assertThat(after.stream().map(Finding::key).toList())
                .containsExactlyInAnyOrderElementsOf(before.stream().filter(f -> !f.ruleId().equals("R28")).map(Finding::key).toList());
        assertThat(fixed.finances().incomeText()).doesNotContain(",").contains("，");
    }

    @Test
    void theParagraphFixChangesOnlyThatParagraph() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Finding first = Auditor.standard().audit(sample).stream().filter(PunctuationFix::fixes).findFirst().orElseThrow();
        Report fixed = PunctuationFix.field(sample, first.location().path());
        List<Finding> left = Fixtures.check(rule, fixed);
        assertThat(left).noneMatch(f -> f.key().equals(first.key()));
        assertThat(left).hasSize(Fixtures.check(rule, sample).size() - 1);
    }
}
