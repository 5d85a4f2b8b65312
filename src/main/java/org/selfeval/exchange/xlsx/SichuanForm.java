package org.selfeval.exchange.xlsx;

import java.util.List;
import java.util.Map;
import org.selfeval.model.FundSource;

/**
 * The cell texts and columns of the Sichuan 部门预算项目支出绩效自评表 (报表编号 510000_0013zp,
 * domain.md §1.2) as this tool writes it. Shared by the exporter and the importer so that both agree
 * on every label.
 *
 * <p>Columns A–K hold the form. What the printed form has no cell for (project id and code, 调整原因,
 * the report's own text on the project, each indicator's 定性 grade and whether its score was
 * computed) is kept in the workbook's data part ({@link WorkbookMeta}), so that an exported workbook
 * reads back into an equal project; workbooks written before that carry it in hidden columns L and M,
 * which the importer still reads.
 */
public final class SichuanForm {
    public static final String FORM_NUMBER = "报表编号:510000_0013zp";
    public static final String TITLE_PREFIX = "部门预算项目支出绩效自评表(";
    public static final String PROJECT_NAME = "项目名称";
    public static final String COMPETENT = "主管部门";
    public static final String IMPLEMENTING = "实施单位（盖章）";
    public static final String BASICS = "项目基本情况";
    public static final String GOAL_HEADER = "1.项目年度目标完成情况";
    public static final String GOAL = "项目年度目标";
    public static final String GOAL_DONE = "年度目标完成情况";
    public static final String SUMMARY_HEADER = "2.项目实施内容及过程概述";
    public static final String EXECUTION_PREFIX = "预算执行情况";
    public static final List<String> EXECUTION_HEADER =
            List.of("年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因");
    public static final String TOTAL = "总额";
    public static final String INDICATORS_PREFIX = "绩效指标";
    public static final List<String> INDICATOR_HEADER = List.of(
            "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析");
    public static final String SUM = "合计";
    public static final String CONCLUSION = "评价结论";
    public static final String PROBLEMS = "存在问题";
    public static final String IMPROVEMENTS = "改进措施";
    public static final String PROJECT_LEAD = "项目负责人：";
    public static final String FINANCE_LEAD = "财务负责人：";
    public static final String DATA_NOTE = "数据说明：";
    /** Start of the line in the 原因 cell that gives the reason for a mid-year budget adjustment. */
    public static final String ADJUSTMENT_PREFIX = "预算调整原因：";
    public static final String NOT_APPLICABLE = "/";
    public static final String COMPUTED = "computed";

    /** Number of form columns (A–K). */
    public static final int COLUMNS = 11;
    /** Hidden column with the project id / code / 调整原因 / report text (rows 1–4) and each indicator's grade. */
    public static final int META = 11;
    /** Hidden column that marks an indicator score the app computed (value {@link #COMPUTED}). */
    public static final int META_SCORE = 12;
    public static final int META_ID_ROW = 0;
    public static final int META_CODE_ROW = 1;
    public static final int META_ADJUSTMENT_ROW = 2;
    public static final int META_REPORT_TEXT_ROW = 3;

    /** Budget block columns. */
    public static final int COL_INITIAL = 2;
    public static final int COL_ADJUSTED = 3;
    public static final int COL_EXECUTED = 4;
    public static final int COL_RATE = 5;
    public static final int COL_EXEC_WEIGHT = 6;
    public static final int COL_EXEC_SCORE = 7;
    public static final int COL_REASON = 8;

    /** Indicator block columns. */
    public static final int COL_LEVEL1 = 1;
    public static final int COL_LEVEL2 = 2;
    public static final int COL_NAME = 3;
    public static final int COL_NATURE = 4;
    public static final int COL_TARGET = 5;
    public static final int COL_UNIT = 6;
    public static final int COL_ACTUAL = 7;
    public static final int COL_WEIGHT = 8;
    public static final int COL_SCORE = 9;
    public static final int COL_DEVIATION = 10;

    /** The fund rows under 总额, in order; 上年结转资金 appears only when a project has such funds. */
    public static final Map<FundSource, String> FUND_ROWS = Map.of(
            FundSource.FISCAL, "其中：财政资金",
            FundSource.SPECIAL_ACCOUNT, "财政专户管理资金",
            FundSource.UNIT, "单位资金",
            FundSource.OTHER, "其他资金",
            FundSource.PRIOR_YEAR_CARRYOVER, "上年结转资金");
    public static final List<FundSource> STANDARD_SOURCES =
            List.of(FundSource.FISCAL, FundSource.SPECIAL_ACCOUNT, FundSource.UNIT, FundSource.OTHER);

    /** Title of the department summary sheet (the importer skips it). */
    public static final String SUMMARY_SHEET = "部门汇总";
    /** Name of the 部门整体支出绩效自评表 sheet (the importer skips it: it holds no project). */
    public static final String DEPARTMENT_SHEET = "部门整体自评表";

    private SichuanForm() {
    }

    public static String title(int year) {
        return TITLE_PREFIX + year + "年度)";
    }
}
