package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Department;
import org.selfeval.model.FindingNote;
import org.selfeval.model.FundSource;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.TextItem;

/**
 * A save writes only what changed since the last save or load: after every one of a sequence of random
 * edits (fixed seed) the report read back equals the one in memory, across reopening the workspace,
 * and at the end the tables hold exactly the rows a save into a new workspace makes.
 */
class IncrementalSaveTest {
    private static final long SEED = 20261201L;
    private static final int EDITS = 300;
    private static final List<String> TABLES = List.of("report", "department", "basics", "staffing", "headcount",
            "leadership_post", "text_item", "finances", "income_line", "expenditure_line", "carryover", "performance",
            "conclusion", "project", "project_fund", "indicator", "finding_note", "department_sheet", "sheet_entry",
            "report_unit");

    @Test
    void everySaveOfARandomEditReadsBackAsTheReportInMemory(@TempDir Path dir) throws Exception {
        Random random = new Random(SEED);
        Report r = TestReports.rich();
        Report other = TestReports.sample().withId("other-report");
        Project spare = r.projects().get(0);
        Path file = dir.resolve("w.db");
        SqliteWorkspace ws = SqliteWorkspace.open(file);
        try {
            ws.save(other);
            ws.save(r);
            for (int n = 0; n < EDITS; n++) {
                int kind = random.nextInt(KINDS);
                r = edit(r, kind, n, random, spare);
                ws.save(r);
                assertThat(ws.load(r.id())).as("after edit %d (kind %d)", n, kind).contains(r);
                if (n % 37 == 36) {
                    ws.close();
                    ws = SqliteWorkspace.open(file);
                    assertThat(ws.load(r.id())).as("reopened after edit %d", n).contains(r);
                }
            }
            assertThat(ws.load(other.id())).as("the other report is untouched").contains(other);
        } finally {
            ws.close();
        }
        Path fresh = dir.resolve("fresh.db");
        try (SqliteWorkspace ws2 = SqliteWorkspace.open(fresh)) {
            ws2.save(other);
            ws2.save(r);
        }
        assertThat(rowCounts(file)).as("no row left behind by a partial write").isEqualTo(rowCounts(fresh));
    }

    private static final int KINDS = 16;

    /** One random edit of kind {@code kind}: every part of the report and every change of a list's shape ({@code spare} is added when no project is left). */
    static Report edit(Report r, int kind, int n, Random random, Project spare) {
        List<Project> projects = new ArrayList<>(r.projects());
        int p = projects.isEmpty() ? -1 : random.nextInt(projects.size());
        String word = "第" + n + "次";
        switch (kind) {
            case 0 -> {
                if (p < 0 || projects.get(p).indicators().isEmpty()) {
                    return r.withAttachmentText(word);
                }
                List<Indicator> rows = new ArrayList<>(projects.get(p).indicators());
                int i = random.nextInt(rows.size());
                rows.set(i, rows.get(i).withActual(Integer.toString(random.nextInt(200))).withWeight(score(random)));
                projects.set(p, projects.get(p).withIndicators(rows));
            }
            case 1 -> {
                if (p < 0) {
                    return r.withAttachmentText(null);
                }
                projects.set(p, projects.get(p).withName("项目" + word));
            }
            case 2 -> {
                Project copy = (p < 0 ? spare : projects.get(p)).withId("p" + n).withName("新增" + word);
                projects.add(random.nextInt(projects.size() + 1), copy);
            }
            case 3 -> {
                if (p >= 0) {
                    projects.remove(p);
                }
            }
            case 4 -> {
                if (projects.size() > 1) {
                    int q = random.nextInt(projects.size());
                    Project a = projects.get(p);
                    projects.set(p, projects.get(q));
                    projects.set(q, a);
                }
            }
            case 5 -> {
                if (p >= 0) {
                    projects.set(p, projects.get(p).withFunds(FundSource.values()[random.nextInt(FundSource.values().length)],
                            new BudgetFigures(decimal(random), random.nextBoolean() ? null : decimal(random), decimal(random))));
                }
            }
            case 6 -> {
                return r.withFinances(r.finances().withIncome(IncomeSource.values()[random.nextInt(IncomeSource.values().length)],
                        decimal(random)));
            }
            case 7 -> {
                return r.withConclusion(r.conclusion().withProblems(word).withScore(score(random)));
            }
            case 8 -> {
                List<Indicator> rows = new ArrayList<>(r.basics().targets().indicators());
                if (!rows.isEmpty() && random.nextBoolean()) {
                    rows.remove(random.nextInt(rows.size()));
                } else if (p >= 0 && !projects.get(p).indicators().isEmpty()) {
                    rows.add(projects.get(p).indicators().get(0).withName("部门指标" + word));
                }
                return r.withBasics(r.basics().withOrganization("机构" + word)
                        .withTargets(r.basics().targets().withIndicators(rows)));
            }
            case 9 -> {
                List<Headcount> rows = new ArrayList<>(r.basics().staffing().actual());
                rows.add(new Headcount(StaffCategory.OTHER, "其他" + word, random.nextInt(50)));
                if (rows.size() > 4) {
                    rows.remove(0);
                }
                return r.withBasics(r.basics().withStaffing(r.basics().staffing().withActual(rows)));
            }
            case 10 -> {
                List<TextItem> items = new ArrayList<>(r.performance().duty().items());
                if (!items.isEmpty() && random.nextBoolean()) {
                    items.remove(random.nextInt(items.size()));
                } else {
                    items.add(new TextItem("履职" + word, "内容"));
                }
                return r.withPerformance(r.performance().withDuty(r.performance().duty().withItems(items)));
            }
            case 11 -> {
                List<FindingNote> notes = new ArrayList<>(r.findingNotes());
                if (!notes.isEmpty() && random.nextBoolean()) {
                    notes.remove(0);
                } else {
                    notes.add(new FindingNote("R" + n, "说明" + word));
                }
                return r.withFindingNotes(notes);
            }
            case 12 -> {
                List<SheetEntry> entries = new ArrayList<>(r.departmentSheet().entries());
                entries.add(new SheetEntry("条目" + word, random.nextBoolean() ? null : score(random), ""));
                if (entries.size() > 3) {
                    entries.remove(0);
                }
                return r.withDepartmentSheet(r.departmentSheet().withEntries(entries).withKeyExpenditure(decimal(random)));
            }
            case 13 -> {
                List<String> units = new ArrayList<>(r.units());
                if (!units.isEmpty() && random.nextBoolean()) {
                    units.remove(random.nextInt(units.size()));
                } else {
                    units.add("unit-" + n);
                }
                return r.withUnits(units);
            }
            case 14 -> {
                return random.nextBoolean() ? r.withDepartment(new Department("部门" + (n % 3), "简称" + (n % 3)))
                        : r.withReportDate(random.nextBoolean() ? null : LocalDate.of(2024, 1 + n % 12, 1));
            }
            default -> {
                return r;
            }
        }
        return r.withProjects(projects);
    }

    /** A score or weight, 0 … 100 with two decimals. */
    private static BigDecimal score(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_001), 2);
    }

    /** An amount with an odd number of decimals, so that exact text is exercised. */
    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextInt(1_000_000_000), random.nextInt(7));
    }

    private static Map<String, Integer> rowCounts(Path file) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        return counts;
    }
}
