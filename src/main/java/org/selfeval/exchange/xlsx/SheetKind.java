package org.selfeval.exchange.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * What a sheet of a self-evaluation workbook is, told by its labels (not by fixed cells): a project's
 * 自评表 in the Sichuan (510000_0013zp) or the national (财预〔2020〕10号) layout, a summary sheet that
 * holds no project (自评汇总表, 部门整体自评表), or something else.
 */
public enum SheetKind {
    /** 部门预算项目支出绩效自评表, 报表编号 510000_0013zp (domain.md §1.2). */
    SICHUAN("四川格式项目支出绩效自评表（510000_0013zp）"),
    /** 项目支出绩效自评表 of 财预〔2020〕10号 (domain.md §1.1). */
    NATIONAL("全国格式项目支出绩效自评表（财预〔2020〕10号）"),
    /** 自评汇总表 or 部门整体支出绩效自评表: skipped. */
    SUMMARY("汇总表"),
    OTHER("其他表格");

    /** A form's title and headers sit in its first rows; a padded export adds a few. */
    private static final int HEAD_ROWS = 12;
    private static final int SCAN_ROWS = 80;

    private final String label;

    SheetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isProject() {
        return this == SICHUAN || this == NATIONAL;
    }

    public static SheetKind of(Sheet sheet) {
        SheetLabels labels = new SheetLabels(sheet, new CellReader("", sheet));
        String name = sheet.getSheetName();
        if (name.equals(SichuanForm.SUMMARY_SHEET) || name.equals(SichuanForm.DEPARTMENT_SHEET)) {
            return SUMMARY;
        }
        // the title first: a project may be named like a summary ("…自评汇总表")
        if (labels.anyLabel(HEAD_ROWS, l -> l.contains("510000_0013zp") || l.startsWith("部门预算项目支出绩效自评表"))) {
            return SICHUAN;
        }
        boolean named = labels.anyLabel(SCAN_ROWS, SichuanForm.PROJECT_NAME::equals);
        boolean national = named && labels.headerRow(0, SCAN_ROWS, "全年预算数"::equals, "全年执行数"::equals).isPresent();
        if (national && labels.anyLabel(HEAD_ROWS, "项目支出绩效自评表"::equals)) {
            return NATIONAL;
        }
        if (labels.anyLabel(HEAD_ROWS, l -> l.endsWith("自评汇总表") || l.contains("部门整体支出绩效自评表")
                || l.contains("部门整体支出绩效评价"))) {
            return SUMMARY;
        }
        // no title: the headers of both blocks, so that a 决算 table with a 预算 column is not taken for one
        boolean indicators = labels.headerRow(0, SCAN_ROWS, "一级指标"::equals, "三级指标"::equals).isPresent();
        if (national && indicators) {
            return NATIONAL;
        }
        if (named && indicators
                && labels.headerRow(0, SCAN_ROWS, l -> l.startsWith("调整后预算"), l -> l.startsWith("预算执行数")).isPresent()) {
            return SICHUAN;
        }
        return OTHER;
    }
}
