package org.selfeval.intake.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes project sheets the way the provincial 一体化 system exports them, not the way this tool does:
 * no data part or hidden columns, a blank first column and blank rows, label cells merged their own
 * way, every figure stored as text ("1,200.00", "98.50%"), 一级指标 merged down but 二级指标 left blank
 * under the row that names it. Layouts of domain.md §1.2 (Sichuan 510000_0013zp) and §1.1 (national).
 */
final class ProvincialSheets {
    /** The blank column A of the exports. */
    static final int OFF = 1;

    private final Sheet sheet;
    /** The row the table starts at: 0, or below the tables already on the sheet. */
    private final int top;

    /** A new sheet, or — when the workbook has one of that name — the next table under its last one. */
    private ProvincialSheets(Workbook wb, String name) {
        Sheet existing = wb.getSheet(name);
        this.sheet = existing != null ? existing : wb.createSheet(name);
        this.top = existing != null ? existing.getLastRowNum() + 3 : 0;
    }

    /** One indicator row: 一级, 二级 (blank = as above), 三级, then the layout's value columns. */
    record Row3(String level1, String level2, String name, String... values) {
    }

    /**
     * A Sichuan sheet.
     *
     * @param funds   rows {label, 年初预算, 调整后预算数, 预算执行数, 预算执行率}, the first one 总额 with
     *                {…, 权重, 得分, 原因} after it
     * @param rows    indicator rows with values 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析
     * @param sum     合计 权重 and 得分
     * @param texts   项目年度目标, 年度目标完成情况, 项目实施内容, 评价结论, 存在问题, 改进措施, 项目负责人, 财务负责人
     */
    static void sichuan(Workbook wb, String name, String projectName, String competent, String implementing,
                        List<String[]> funds, List<Row3> rows, String[] sum, String[] texts) {
        sichuan(wb, name, projectName, competent, implementing, funds, rows, sum, texts, false);
    }

    /** @param summaryBeside 项目实施内容及过程概述 beside its header, in the same row (as S4's export has it) */
    static void sichuan(Workbook wb, String name, String projectName, String competent, String implementing,
                        List<String[]> funds, List<Row3> rows, String[] sum, String[] texts, boolean summaryBeside) {
        ProvincialSheets s = new ProvincialSheets(wb, name);
        s.put(0, OFF + 8, "报表编号:510000_0013zp");
        s.block(1, 1, OFF, OFF + 10, "部门预算项目支出绩效自评表(2023年度)");
        // row 2 left blank, as the exports pad
        s.block(3, 3, OFF, OFF, "项目名称");
        s.block(3, 3, OFF + 1, OFF + 10, projectName);
        s.put(4, OFF, "主管部门");
        s.block(4, 4, OFF + 1, OFF + 4, competent);
        s.block(4, 4, OFF + 5, OFF + 6, "实施单位 (盖章)");
        s.block(4, 4, OFF + 7, OFF + 10, implementing);
        s.block(5, 9, OFF, OFF, "项目基本情况");
        s.block(5, 5, OFF + 1, OFF + 10, "1.项目年度目标完成情况");
        s.block(6, 6, OFF + 1, OFF + 5, "项目年度目标");
        s.block(6, 6, OFF + 6, OFF + 10, "年度目标完成情况");
        s.block(7, 7, OFF + 1, OFF + 5, texts[0]);
        s.block(7, 7, OFF + 6, OFF + 10, texts[1]);
        if (summaryBeside) {
            s.block(8, 8, OFF + 1, OFF + 2, "2.项目实施内容及过程概述");
            s.block(8, 8, OFF + 3, OFF + 10, texts[2]);
        } else {
            s.block(8, 8, OFF + 1, OFF + 10, "2.项目实施内容及过程概述");
            s.block(9, 9, OFF + 1, OFF + 10, texts[2]);
        }
        int header = 10;
        s.block(header, header + funds.size(), OFF, OFF, "预算执行情况(10分)");
        s.across(header, OFF + 1, "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分");
        s.block(header, header, OFF + 8, OFF + 10, "原因");
        for (int i = 0; i < funds.size(); i++) {
            String[] f = funds.get(i);
            int r = header + 1 + i;
            for (int k = 0; k < Math.min(f.length, 7); k++) {
                s.put(r, OFF + 1 + k, f[k]);
            }
            s.block(r, r, OFF + 8, OFF + 10, f.length > 7 ? f[7] : "");
            if (i > 0) {
                s.put(r, OFF + 6, "/");
                s.put(r, OFF + 7, "/");
            }
        }
        int ind = header + funds.size() + 2; // one blank row between the blocks
        s.block(ind, ind + rows.size(), OFF, OFF, "绩效指标(90分)");
        s.across(ind, OFF + 1, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析");
        s.indicators(ind + 1, rows, OFF + 1);
        int sumRow = ind + rows.size() + 1;
        s.block(sumRow, sumRow, OFF, OFF + 7, "合计");
        s.put(sumRow, OFF + 8, sum[0]);
        s.put(sumRow, OFF + 9, sum[1]);
        String[] labels = {"评价结论", "存在问题", "改进措施"};
        for (int i = 0; i < 3; i++) {
            s.put(sumRow + 1 + i, OFF, labels[i]);
            s.block(sumRow + 1 + i, sumRow + 1 + i, OFF + 1, OFF + 10, texts[3 + i]);
        }
        s.block(sumRow + 4, sumRow + 4, OFF, OFF + 4, "项目负责人:" + texts[6]);
        s.block(sumRow + 4, sumRow + 4, OFF + 5, OFF + 10, "财务负责人:" + texts[7]);
    }

    /**
     * A national sheet.
     *
     * @param funds rows {label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分}, the first 年度资金总额
     * @param goals 预期目标, 实际完成情况
     * @param rows  indicator rows with values 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
     * @param sum   总分 分值 and 得分
     */
    static void national(Workbook wb, String name, int year, String projectName, String competent, String implementing,
                         List<String[]> funds, String[] goals, List<Row3> rows, String[] sum) {
        ProvincialSheets s = new ProvincialSheets(wb, name);
        s.block(0, 0, OFF, OFF + 9, "项目支出绩效自评表");
        s.block(1, 1, OFF, OFF + 9, "（" + year + "年度）");
        s.put(2, OFF, "项目名称");
        s.block(2, 2, OFF + 1, OFF + 9, projectName);
        s.put(3, OFF, "主管部门");
        s.block(3, 3, OFF + 1, OFF + 4, competent);
        s.put(3, OFF + 5, "实施单位");
        s.block(3, 3, OFF + 6, OFF + 9, implementing);
        int header = 4;
        s.block(header, header + funds.size(), OFF, OFF, "项目资金（万元）");
        s.across(header, OFF + 3, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率");
        s.block(header, header, OFF + 8, OFF + 9, "得分");
        for (int i = 0; i < funds.size(); i++) {
            String[] f = funds.get(i);
            int r = header + 1 + i;
            s.block(r, r, OFF + 1, OFF + 2, f[0]);
            for (int k = 1; k < f.length; k++) {
                s.put(r, OFF + 2 + k, f[k]);
            }
        }
        int goal = header + funds.size() + 1;
        s.block(goal, goal + 1, OFF, OFF, "年度总体目标");
        s.block(goal, goal, OFF + 1, OFF + 5, "预期目标");
        s.block(goal, goal, OFF + 6, OFF + 9, "实际完成情况");
        s.block(goal + 1, goal + 1, OFF + 1, OFF + 5, goals[0]);
        s.block(goal + 1, goal + 1, OFF + 6, OFF + 9, goals[1]);
        int ind = goal + 3; // a blank row before the indicators
        s.block(ind, ind + rows.size(), OFF, OFF, "绩效指标");
        s.across(ind, OFF + 1, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        s.block(ind, ind, OFF + 8, OFF + 9, "偏差原因分析及改进措施");
        s.indicators(ind + 1, rows, OFF + 1);
        int sumRow = ind + rows.size() + 1;
        s.block(sumRow, sumRow, OFF, OFF + 5, "总分");
        s.put(sumRow, OFF + 6, sum[0]);
        s.put(sumRow, OFF + 7, sum[1]);
    }

    /** Indicator rows from column c: 一级 merged down over its run, 二级 blank under the row naming it. */
    private void indicators(int first, List<Row3> rows, int c) {
        int runStart = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row3 row = rows.get(i);
            int r = first + i;
            if (!row.level1().isEmpty()) {
                put(r, c, row.level1());
            }
            put(r, c + 1, row.level2());
            put(r, c + 2, row.name());
            for (int k = 0; k < row.values().length; k++) {
                put(r, c + 3 + k, row.values()[k]);
            }
            boolean runEnds = i + 1 == rows.size() || !rows.get(i + 1).level1().isEmpty();
            if (runEnds) {
                if (i > runStart) {
                    sheet.addMergedRegion(new CellRangeAddress(top + first + runStart, top + r, c, c));
                }
                runStart = i + 1;
            }
        }
    }

    /** Texts in row r from column c on, one a cell. */
    private void across(int r, int c, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            put(r, c + i, texts[i]);
        }
    }

    private void put(int r, int c, String text) {
        Row row = sheet.getRow(top + r) != null ? sheet.getRow(top + r) : sheet.createRow(top + r);
        Cell cell = row.createCell(c);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    private void block(int r1, int r2, int c1, int c2, String text) {
        put(r1, c1, text);
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(top + r1, top + r2, c1, c2));
        }
    }
}
