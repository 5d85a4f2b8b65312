package org.selfeval.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's 部门整体支出绩效自评表 (指标表) as data: its rows with weights, formulas over the base data
 * (基础数据表) and scoring rules. No formula or band is in Java; the scoring package only evaluates
 * what a profile says.
 *
 * @param name       the sheet's title, e.g. 部门整体支出绩效评价指标表
 * @param basis      where the rows, formulas and bands come from
 * @param assumption true while the sheet is shaped from a report's headings rather than a published
 *                   sheet (the window says so)
 * @param rows       the rows, in print order; the department's own 产出 / 效益 rows come after them
 * @param ownRowsWeight the weight left for the department's own 产出 / 效益 rows
 */
public record DepartmentSheetDefinition(String name, String basis, boolean assumption, List<Row> rows,
                                        BigDecimal ownRowsWeight) {
    public DepartmentSheetDefinition {
        rows = rows == null ? List.of() : List.copyOf(rows);
        ownRowsWeight = ownRowsWeight == null ? BigDecimal.ZERO : ownRowsWeight;
    }

    /**
     * One 三级指标 row.
     *
     * @param level1  一级指标, e.g. 投入
     * @param level2  二级指标, e.g. 预算配置
     * @param name    三级指标, e.g. 在职人员控制率
     * @param weight  权重 (分)
     * @param formula an expression over the base figures ({@code staffActual / establishment * 100});
     *                null for a 定性 row scored by the clerk
     * @param unit    unit of the value, e.g. %
     * @param scoring how the value becomes a score
     * @param explain the formula in words, as printed beside the row
     */
    public record Row(String level1, String level2, String name, BigDecimal weight, String formula, String unit,
                      Scoring scoring, String explain) {
        public Row {
            if (name == null || name.isBlank() || weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("部门自评表的指标行需要名称和正的权重：" + name);
            }
            unit = unit == null ? "" : unit;
            explain = explain == null ? "" : explain;
            if (formula != null && scoring == null) {
                throw new IllegalArgumentException("指标“" + name + "”有公式但没有评分规则");
            }
        }

        public boolean isQualitative() {
            return formula == null;
        }
    }

    /**
     * How a row's value becomes its score.
     *
     * @param kind     the rule
     * @param target   the value that earns full marks (AT_MOST / AT_LEAST / PROPORTIONAL)
     * @param perPoint points lost per percentage point beyond the target (AT_MOST / AT_LEAST)
     * @param bands    for BANDS: the first band the value falls in gives the share of the weight
     */
    public record Scoring(Kind kind, BigDecimal target, BigDecimal perPoint, List<Band> bands) {
        public Scoring {
            bands = bands == null ? List.of() : List.copyOf(bands);
            if (kind == null) {
                throw new IllegalArgumentException("评分规则缺少类型");
            }
            if ((kind == Kind.AT_MOST || kind == Kind.AT_LEAST) && (target == null || perPoint == null)) {
                throw new IllegalArgumentException("扣分规则需要目标值和每个百分点的扣分");
            }
            if (kind == Kind.PROPORTIONAL && (target == null || target.signum() <= 0)) {
                throw new IllegalArgumentException("按比例计分需要正的目标值");
            }
            if (kind == Kind.BANDS && bands.isEmpty()) {
                throw new IllegalArgumentException("分档计分需要至少一档");
            }
        }
    }

    public enum Kind {
        /** value ≤ target: full; else perPoint lost for each point over, down to 0 (控制率, 变动率). */
        AT_MOST,
        /** value ≥ target: full; else perPoint lost for each point under, down to 0. */
        AT_LEAST,
        /** weight × min(value ÷ target, 1) (完成率, 执行率). */
        PROPORTIONAL,
        /** the share of the first band the value falls in (重点支出安排率, 预算调整率). */
        BANDS
    }

    /**
     * A band: the value is at least {@code atLeast} and at most {@code atMost} (either open when null).
     *
     * @param share the part of the weight earned, 0 to 1
     */
    public record Band(BigDecimal atLeast, BigDecimal atMost, BigDecimal share) {
        public Band {
            if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("分档的得分比例应在 0 到 1 之间：" + share);
            }
        }

        public boolean contains(BigDecimal value) {
            return (atLeast == null || value.compareTo(atLeast) >= 0) && (atMost == null || value.compareTo(atMost) <= 0);
        }
    }
}
