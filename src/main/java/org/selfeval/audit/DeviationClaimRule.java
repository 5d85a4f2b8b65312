package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * R14b / R17: the claim "没有未达到预期指标或超过预期指标30%以上的单个指标" cannot stand when an
 * indicator deviates, and cannot be verified when the indicator table it speaks of is missing. A
 * sentence that mentions 项目 speaks of the project tables, otherwise of the department's table.
 */
public final class DeviationClaimRule implements AuditRule {
    static final String ID = "R14b";
    private static final String SOURCE = "财预〔2020〕10号 偏差分析：关于偏离指标的说法应与指标表一致";
    private static final Pattern CLAIM = Pattern.compile("(?:没有|无|不存在)未(?:达到|完成)预期指标或超过预期指标\\s*\\d+(?:\\.\\d+)?\\s*[%％]以上");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        Deviations deviations = new Deviations(report, context.profile().deviationThresholdPct());
        for (Prose.Field field : Prose.of(report)) {
            if (!field.text().contains("超过预期指标")) {
                continue;
            }
            Matcher m = CLAIM.matcher(field.text());
            List<String> problems = new ArrayList<>();
            boolean contradicted = false;
            while (m.find()) {
                String quote = m.group();
                if (sentenceOf(field.text(), m.start()).contains("项目")) {
                    contradicted |= projects(report, deviations.inProjects(), quote, problems);
                } else {
                    contradicted |= department(report, deviations.inDepartment(), quote, problems);
                }
            }
            if (!problems.isEmpty()) {
                out.add(new Finding(ID, contradicted ? Severity.ERROR : Severity.WARNING, String.join("；", problems),
                        field.location(), SOURCE));
            }
        }
        return out;
    }

    private static boolean department(Report report, List<String> found, String quote, List<String> problems) {
        if (report.basics().targets().indicators().isEmpty()) {
            problems.add("正文称“" + quote + "”，但部门整体支出绩效目标未列出三级指标，无法核实；请填写指标表，由程序据表生成此句");
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        problems.add("正文称“" + quote + "”，但部门整体指标中" + Listing.join(found, "，"));
        return true;
    }

    private static boolean projects(Report report, ProjectDeviations in, String quote, List<String> problems) {
        if (!in.found().isEmpty()) {
            problems.add("正文称项目“" + quote + "”，但" + Listing.join(in.found(), "，"));
        }
        if (!in.missing().isEmpty()) {
            problems.add("正文称项目“" + quote + "”，但" + Listing.join(in.missing(), "、") + "没有绩效指标行，无法核实");
        } else if (report.projects().isEmpty()) {
            problems.add("正文称项目“" + quote + "”，但报告未列出任何项目，无法核实");
        }
        return !in.found().isEmpty();
    }

    /** The projects' deviating indicators (named) and the projects without indicator rows. */
    private record ProjectDeviations(List<String> found, List<String> missing) {
    }

    /**
     * The report's deviations, worked out once per audit when a claim first needs them: a report may
     * repeat the claim in every project's paragraph, and each would otherwise go through every
     * indicator of every project again.
     */
    private static final class Deviations {
        /** Each project's deviating rows as the last audit found them, by the threshold in force. */
        private static final LastAuditByProject<java.math.BigDecimal, List<String>> LAST = new LastAuditByProject<>();

        private final Report report;
        private final java.math.BigDecimal thresholdPct;
        private List<String> department;
        private ProjectDeviations projects;

        Deviations(Report report, java.math.BigDecimal thresholdPct) {
            this.report = report;
            this.thresholdPct = thresholdPct;
        }

        List<String> inDepartment() {
            if (department == null) {
                department = new ArrayList<>();
                for (Indicator row : report.basics().targets().indicators()) {
                    Deviation.of(row, thresholdPct).ifPresent(d -> department.add("「" + row.name() + "」" + d.description()));
                }
            }
            return department;
        }

        ProjectDeviations inProjects() {
            if (projects == null) {
                List<String> missing = new ArrayList<>();
                List<String> found = new ArrayList<>();
                LastAuditByProject<java.math.BigDecimal, List<String>>.Pass pass = LAST.begin(report.projects().size());
                for (Project p : report.projects()) {
                    if (p.indicators().isEmpty()) {
                        missing.add(ProjectNames.of(p));
                    }
                    found.addAll(pass.get(p, thresholdPct, () -> deviating(p)));
                }
                pass.keep();
                projects = new ProjectDeviations(List.copyOf(found), List.copyOf(missing));
            }
            return projects;
        }

        private List<String> deviating(Project p) {
            List<String> rows = new ArrayList<>();
            for (Indicator row : p.indicators()) {
                Deviation.of(row, thresholdPct).ifPresent(d -> rows.add(ProjectNames.of(p, row) + d.description()));
            }
            return List.copyOf(rows);
        }
    }

    private static String sentenceOf(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)), text.lastIndexOf(';', at)) + 1;
        return text.substring(start, at);
    }
}
