package org.selfeval.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.export.ProjectFormGrid.Style;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.scoring.DepartmentScore;

/**
 * The 部门整体支出绩效自评表 as a printed form (appended before the project forms): the department, its
 * total and grade on top, then 一级 / 二级 / 三级, 权重, 计算方法, 指标值, 得分, 说明 per row, and the
 * 合计. Eight columns; the heading row repeats on every page.
 */
final class DepartmentSheetGrid extends FormGridBuilder {
    private static final float[] WEIGHTS = {52, 60, 86, 30, 170, 56, 44, 120};
    private final Report report;
    private final DepartmentScore score;

    DepartmentSheetGrid(Report report, DepartmentScore score) {
        this.report = report;
        this.score = score;
    }

    /** The report's department sheet as a form, when the report has one. */
    static Optional<ProjectFormGrid> of(Report report) {
        if (report.departmentSheet().isEmpty()) {
            return Optional.empty();
        }
        return DepartmentScore.of(report).map(s -> new DepartmentSheetGrid(report, s).build());
    }

    @Override
    ProjectFormGrid build() {
        add(row, 0, 1, 1, "部门（单位）", Style.LABEL);
        add(row, 1, 1, 3, report.department().fullName(), Style.TEXT);
        add(row, 4, 1, 1, "自评总分", Style.LABEL);
        add(row, 5, 1, 1, score(score.total()), Style.NUMBER);
        add(row, 6, 1, 1, "评价等级", Style.LABEL);
        add(row, 7, 1, 1, score.grade(report).map(g -> g.longLabel()).orElse(""), Style.CENTER);
        row++;
        indicatorHeadingRow = row;
        String[] heads = {"一级指标", "二级指标", "三级指标", "权重", "计算方法", "指标值", "得分", "说明"};
        for (int c = 0; c < heads.length; c++) {
            add(row, c, 1, 1, heads[c], Style.HEADER);
        }
        row++;
        for (DepartmentScore.RowScore r : score.rows()) {
            add(row, 0, 1, 1, r.row().level1(), Style.CENTER);
            add(row, 1, 1, 1, r.row().level2(), Style.CENTER);
            add(row, 2, 1, 1, r.row().name(), Style.TEXT);
            add(row, 3, 1, 1, weight(r.row().weight()), Style.CENTER);
            add(row, 4, 1, 1, r.row().explain(), Style.TEXT);
            add(row, 5, 1, 1, r.row().isQualitative() ? "定性" : r.result().value()
                    .map(v -> v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + r.row().unit()).orElse(""), Style.CENTER);
            add(row, 6, 1, 1, score(r.result().score()), Style.NUMBER);
            add(row, 7, 1, 1, r.entry().map(e -> e.note()).orElse(""), Style.TEXT);
            row++;
        }
        for (DepartmentScore.OwnRow own : score.ownRows()) {
            add(row, 0, 1, 1, own.indicator().level1(), Style.CENTER);
            add(row, 1, 1, 1, own.indicator().level2(), Style.CENTER);
            add(row, 2, 1, 1, own.indicator().name(), Style.TEXT);
            add(row, 3, 1, 1, weight(own.indicator().weight()), Style.CENTER);
            add(row, 4, 1, 1, "部门整体支出绩效目标", Style.TEXT);
            add(row, 5, 1, 1, own.indicator().actual(), Style.CENTER);
            add(row, 6, 1, 1, score(own.score()), Style.NUMBER);
            add(row, 7, 1, 1, own.overTarget() ? "超过目标30%以上" : "", Style.TEXT);
            row++;
        }
        BigDecimal weights = score.sheet().rows().stream().map(r -> r.weight()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(score.ownRows().stream().map(o -> o.indicator().weight() == null ? BigDecimal.ZERO : o.indicator().weight())
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        add(row, 0, 1, 3, "合计", Style.LABEL);
        add(row, 3, 1, 1, weight(weights), Style.CENTER);
        String how = score.cap().map(c -> "执行率低于" + weight(c.rateBelowPct()) + "%，封顶" + weight(c.maxScore()) + "分").orElse("")
                + (score.deduction().signum() > 0 ? "超目标扣" + weight(score.deduction()) + "分" : "");
        add(row, 4, 1, 2, how, Style.TEXT);
        add(row, 6, 1, 1, score(score.total()), Style.NUMBER);
        add(row, 7, 1, 1, "", Style.TEXT);
        row++;
        String name = report.department().fullName() + report.year() + "年度" + score.sheet().name();
        return new ProjectFormGrid(RegionalProfile.forId(report.profile()).projectForm(), 8, WEIGHTS, Optional.empty(),
                List.of(name), cells, row, indicatorHeadingRow, Optional.empty());
    }
}
