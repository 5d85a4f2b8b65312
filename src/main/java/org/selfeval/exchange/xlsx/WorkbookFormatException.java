package org.selfeval.exchange.xlsx;

import org.selfeval.exchange.ReportFormatException;

/**
 * A workbook that cannot be read. A {@link ReportFormatException} (callers catch one type) whose
 * message speaks of a workbook and names the file, then the sheet and cell, e.g.
 * "无法读取工作簿 表.xlsx，工作表「项目」单元格 C12（其中：财政资金·年初预算）：应为金额（数字），却是「12a」".
 */
public class WorkbookFormatException extends ReportFormatException {
    private final String message;

    public WorkbookFormatException(String file, String where, String detail) {
        super(file, where, detail);
        this.message = "无法读取工作簿 " + file + (where == null || where.isEmpty() ? "" : "，" + where) + "：" + detail;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
