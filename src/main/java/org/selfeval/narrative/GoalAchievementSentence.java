package org.selfeval.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorOutcome;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * 三(二)1 二是目标实现情况, generated from the tables rather than typed (domain.md §5 items 3 and 17):
 * N = the department indicator rows of 一(四); M = those that reach their target
 * ({@link IndicatorOutcome#completed()}); K = the projects of the report; a project counts as 完成 when
 * its execution rate is known and at least {@link #COMPLETED_EXECUTION_RATE} % and none of its
 * indicators falls short or cannot be compared. The claim "没有未达到预期指标或超过预期指标30%以上的单个指标"
 * is made only when it is true; otherwise the indicators concerned are named. With neither department
 * indicators nor projects there is nothing to state and the text is empty.
 */
public final class GoalAchievementSentence {
    /** Below this execution rate a project is not called 完成 (the Sichuan form asks for a reason). */
    public static final BigDecimal COMPLETED_EXECUTION_RATE = new BigDecimal("90");
    private static final int MAX_NAMES = 10;

    private GoalAchievementSentence() {
    }

    public static String of(Report report, BigDecimal thresholdPercent) {
        if (report.basics().targets().indicators().isEmpty() && report.projects().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(200);
        String threshold = Figures.percent(thresholdPercent);
        List<Indicator> dept = report.basics().targets().indicators();
        sb.append(report.year()).append("年度部门整体支出绩效目标中");
        if (dept.isEmpty()) {
            sb.append("未设定三级指标。");
        } else {
            Tally t = new Tally();
            for (Indicator row : dept) {
                t.add(IndicatorOutcome.of(row, thresholdPercent), null, row);
            }
            sb.append("设定三级指标").append(dept.size()).append("个，实际完成指标").append(t.completed).append('个');
            t.claim(sb, threshold);
        }
        List<Project> projects = report.projects();
        if (projects.isEmpty()) {
            return sb.append("未申报特定目标类预算项目。").toString();
        }
        Tally t = new Tally();
        int completedProjects = 0;
        for (Project p : projects) {
            boolean ok = executionReached(p);
            for (Indicator row : p.indicators()) {
                IndicatorOutcome o = IndicatorOutcome.of(row, thresholdPercent);
                t.add(o, p, row);
                ok &= o.completed();
            }
            if (ok) {
                completedProjects++;
            }
        }
        sb.append("申报特定目标类预算项目").append(projects.size()).append("个，实际完成特定目标类预算项目")
                .append(completedProjects).append('个');
        if (t.total() == 0) {
            return sb.append("，项目未设定绩效指标。").toString();
        }
        t.claim(sb, threshold);
        return sb.toString();
    }

    static boolean executionReached(Project p) {
        Optional<BigDecimal> rate = p.totalFunds().executionRate();
        return rate.isPresent() && rate.get().compareTo(COMPLETED_EXECUTION_RATE) >= 0;
    }

    /** Counts of outcomes and the names of the rows that deviate. */
    private static final class Tally {
        int completed;
        final List<String> shortOf = new ArrayList<>(2);
        final List<String> over = new ArrayList<>(2);
        final List<String> unknown = new ArrayList<>(2);

        /** @param project the row's project, null for a department row (named without a project) */
        void add(IndicatorOutcome o, Project project, Indicator row) {
            switch (o) {
                case MET -> completed++;
                case OVER -> {
                    completed++;
                    over.add(name(project, row));
                }
                case SHORT -> shortOf.add(name(project, row));
                case UNKNOWN -> unknown.add(name(project, row));
            }
        }

        private static String name(Project project, Indicator row) {
            return project == null ? row.name() : project.name() + "：" + row.name();
        }

        int total() {
            return completed + shortOf.size() + unknown.size();
        }

        /** Appends the claim and ends the sentence. */
        void claim(StringBuilder sb, String threshold) {
            if (shortOf.isEmpty() && over.isEmpty()) {
                sb.append('，').append(unknown.isEmpty() ? "" : "在可比较的指标中")
                        .append("没有未达到预期指标或超过预期指标").append(threshold).append("%以上的单个指标");
            } else {
                if (!shortOf.isEmpty()) {
                    sb.append("；未达到预期的指标").append(shortOf.size()).append('个');
                    names(sb, shortOf);
                }
                if (!over.isEmpty()) {
                    sb.append(shortOf.isEmpty() ? "；" : "，").append("超过预期指标").append(threshold)
                            .append("%以上的指标").append(over.size()).append('个');
                    names(sb, over);
                }
            }
            if (!unknown.isEmpty()) {
                sb.append("；另有").append(unknown.size()).append("个指标");
                names(sb, unknown);
                sb.append("的完成值无法与指标值比较");
            }
            sb.append('。');
        }

        private static void names(StringBuilder sb, List<String> names) {
            sb.append('（');
            int n = Math.min(names.size(), MAX_NAMES);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append('、');
                }
                sb.append(names.get(i));
            }
            if (names.size() > n) {
                sb.append('等');
            }
            sb.append('）');
        }
    }
}
