package org.selfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * One auditor kept for a series of edits (as the window keeps it) reuses the findings of unchanged
 * projects; after every kind of edit its findings are exactly those of an auditor that has seen
 * nothing before.
 */
class AuditorMemoTest {
    private final Auditor kept = Auditor.standard();

    /** The findings of an auditor with no memory of earlier reports. */
    private static List<Finding> fresh(Report r) {
        return new Auditor(RuleCatalogue.all()).audit(r);
    }

    private List<Finding> same(Report r) {
        List<Finding> expected = fresh(r);
        assertEquals(expected, kept.audit(r));
        return expected;
    }

    @Test
    void findingsAfterEachKindOfEditAreThoseOfAFreshAudit() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report r = sample.withProjects(invented(sample.projects()));
        int road = r.projects().size() - 3;
        List<Finding> first = same(r);
        assertTrue(first.stream().anyMatch(f -> f.location().path().startsWith("projects[" + road + "]")),
                "the invented projects raise findings of their own");

        // the same report again, and a new report whose projects are all the same objects
        same(r);
        same(r.withFinances(r.finances().withIncomeText("收入合计 1,000.00 万元。")));

        // one indicator of one project changed: its deviation finding must appear
        Project p = r.projects().get(road);
        List<Indicator> rows = new ArrayList<>(p.indicators());
        rows.set(0, rows.get(0).withActual("10").withDeviationReason(""));
        Report edited = replace(r, road, p.withIndicators(rows));
        List<Finding> afterEdit = same(edited);
        assertNotEquals(first, afterEdit, "the edit changes the findings");

        // two projects swap places: their findings must name their new positions
        List<Project> swapped = new ArrayList<>(edited.projects());
        java.util.Collections.swap(swapped, road - 1, road);
        same(edited.withProjects(swapped));

        // a project removed, one appended twice (the same object at two places)
        List<Project> fewer = new ArrayList<>(swapped);
        fewer.remove(0);
        fewer.add(fewer.get(0));
        same(edited.withProjects(fewer));

        // another region's profile: the per-project rules answer to its settings
        Report national = edited.withProfile(RegionalProfile.NATIONAL.id());
        assertNotEquals(projectFindings(fresh(edited)), projectFindings(fresh(national)),
                "the two profiles judge the projects differently, so a stale memory would show");
        same(edited);
        same(national);
        same(edited);
    }

    @Test
    void aProjectsTextIsReadWhereTheProjectNowIs() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report r = sample.withProjects(invented(sample.projects()));
        int road = r.projects().size() - 3;
        same(r);
        Project p = r.projects().get(road);
        Report claimed = replace(r, road, p.withReportText("该项目没有未达到预期指标或超过预期指标30%以上的单个指标。"));
        assertEquals(List.of("projects[" + road + "].reportText"), claimPaths(same(claimed)));

        List<Project> swapped = new ArrayList<>(claimed.projects());
        java.util.Collections.swap(swapped, road - 1, road);
        assertEquals(List.of("projects[" + (road - 1) + "].reportText"), claimPaths(same(claimed.withProjects(swapped))));
        assertEquals(List.of(), claimPaths(same(r)), "the claim is gone with the text");
    }

    @Test
    void aClaimIsCheckedAgainstTheThresholdInForce() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report r = sample.withProjects(invented(sample.projects()));
        int road = r.projects().size() - 3;
        Project p = r.projects().get(road);
        Report claimed = replace(r, road, p.withReportText("该项目没有未达到预期指标或超过预期指标30%以上的单个指标。"));
        RegionalProfile s = RegionalProfile.SICHUAN;
        RegionalProfile loose = new RegionalProfile(s.id(), s.name(), s.description(), new java.math.BigDecimal("70"),
                s.lowExecutionPct(), s.executionWeight(), s.level1Weights(), s.scoreCaps(), s.overCompletionDeduction(),
                s.shortTextLimit(), s.longTextLimit(), s.gradeBands(), s.projectForm(), s.indicatorTree(), s.outline(),
                s.basis(), s.departmentSheet());
        AuditContext strict = new AuditContext(s, java.util.Optional.empty());
        AuditContext lenient = new AuditContext(loose, java.util.Optional.empty());
        // 160 against a target of 100 is 60 % over: a deviation at 30 %, none at 70 %
        assertTrue(namesTheRoad(kept.audit(claimed, strict)));
        assertTrue(!namesTheRoad(kept.audit(claimed, lenient)), "the rows are judged again under the new threshold");
        assertTrue(namesTheRoad(kept.audit(claimed, strict)));
    }

    private static boolean namesTheRoad(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(DeviationClaimRule.ID) && f.message().contains("乡村道路养护"));
    }

    private static List<String> claimPaths(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(DeviationClaimRule.ID))
                .map(f -> f.location().path()).filter(path -> path.startsWith("projects[")).toList();
    }

    private static List<Finding> projectFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.location().path().startsWith("projects[")).toList();
    }

    private static Report replace(Report r, int index, Project p) {
        List<Project> list = new ArrayList<>(r.projects());
        list.set(index, p);
        return r.withProjects(list);
    }

    /** The sample's projects and three invented ones unlike them: short, far over target, low execution. */
    private static List<Project> invented(List<Project> sample) {
        List<Project> out = new ArrayList<>(sample);
        while (out.size() < 2) {
            out.add(Fixtures.project("补足项目" + out.size(), Fixtures.funds("10", null, "10")));
        }
        out.add(Fixtures.fullProject("乡村道路养护", Fixtures.funds("100", "120", "60"),
                Fixtures.indicator(IndicatorNature.AT_LEAST, "100", "公里", "160", null).withScore(Fixtures.d("90"))));
        out.add(Fixtures.fullProject("学生营养餐补助", Fixtures.funds("80", null, "79.5"),
                Fixtures.indicator(IndicatorNature.AT_LEAST, "95", "%", "96", null)));
        out.add(Fixtures.project("老旧小区改造", Fixtures.funds("300", null, "150"),
                Fixtures.indicator(IndicatorNature.AT_MOST, "≥5", "百分比", "八", "20")));
        return out;
    }
}
