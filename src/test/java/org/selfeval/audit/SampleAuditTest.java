package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

class SampleAuditTest {
    static Report sample;
    static List<Finding> findings;

    @BeforeAll
    static void audit() throws Exception {
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        findings = Auditor.standard().audit(sample);
    }

    @Test
    void prints() {
        findings.forEach(f -> System.out.println(f.ruleId() + " " + f.severity().label() + " " + f.location() + " " + f.message()));
        assertThat(findings).isNotEmpty();
    }
}
