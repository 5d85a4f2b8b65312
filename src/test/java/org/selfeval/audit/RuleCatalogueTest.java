package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {
    @Test
    void everyCatalogueEntryIsCoveredOnceAndIdsAreUnique() {
        List<String> ids = RuleCatalogue.all().stream().map(AuditRule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        for (int n = 1; n <= 27; n++) {
            String id = "R" + n;
            assertThat(ids).as("rule for %s", id).anyMatch(x -> x.equals(id) || x.matches(id + "[a-z]"));
        }
        assertThat(ids).contains("P1", "P2");
    }

    @Test
    void anEmptyReportProducesOnlyEmptySectionFindings() {
        List<Finding> findings = Auditor.standard().audit(Fixtures.report());
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("R22"));
    }
}
