package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;

class FindingNotesTest {
    static Report sample() throws Exception {
        return ReportJson.read(Path.of("sample-data/leshan-2023.json"));
    }

    @Test
    void aNoteExplainsAWarningWithoutHidingIt() throws Exception {
        Report r = sample();
        String note = "行政人员含参公管理人员5人，经编办备案。";
        Report noted = r.withFindingNotes(List.of(new FindingNote("R18b@basics.staffing.actual[0]", note)));
        List<FindingNotes.NotedFinding> paired = Auditor.standard().auditWithNotes(noted);
        FindingNotes.NotedFinding staff = paired.stream().filter(p -> p.finding().ruleId().equals("R18b")).findFirst().orElseThrow();
        assertThat(staff.explained()).isTrue();
        assertThat(staff.open()).isFalse();
        assertThat(staff.note()).get().extracting(FindingNote::text).isEqualTo(note);
        assertThat(Auditor.standard().auditWithNotes(r)).filteredOn(p -> p.finding().ruleId().equals("R18b"))
                .singleElement().satisfies(p -> assertThat(p.explained()).isFalse());
    }

    @Test
    void aNoteDoesNotExplainAnError() throws Exception {
        Report r = sample();
        Report noted = r.withFindingNotes(List.of(new FindingNote("R18a@basics.staffing.text", "另有1人借调")));
        FindingNotes.NotedFinding total = Auditor.standard().auditWithNotes(noted).stream()
                .filter(p -> p.finding().ruleId().equals("R18a")).findFirst().orElseThrow();
        assertThat(total.note()).isPresent();
        assertThat(total.explained()).isFalse();
        assertThat(total.open()).isTrue();
    }

    @Test
    void keysStayTheSameWhenTheFiguresChangeAndFixingRemovesTheFinding() throws Exception {
        Report r = sample();
        Staffing s = r.basics().staffing();
        Report other = r.withBasics(r.basics().withStaffing(s.withText(s.text().replace("37人", "38人"))));
        String before = key(Auditor.standard().audit(r), "R18a");
        assertThat(key(Auditor.standard().audit(other), "R18a")).isEqualTo(before).isEqualTo("R18a@basics.staffing.text");
        Report fixed = r.withBasics(r.basics().withStaffing(s.withText(s.text().replace("37人", "36人"))));
        List<Finding> after = Auditor.standard().audit(fixed);
        assertThat(after).extracting(Finding::ruleId).doesNotContain("R18a");
        assertThat(FindingNotes.orphans(after, List.of(new FindingNote(before, "x")))).hasSize(1);
    }

    private static String key(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow().key();
    }
}
