package org.selfeval.export.xlsx;

import org.selfeval.model.Report;

/**
 * Options of the self-evaluation workbook.
 *
 * @param layout the project form; null = chosen by the report's profile ({@link #forReport})
 */
public record XlsxOptions(XlsxLayout layout) {
    /** The layout the report's rule profile implies: {@code national} → national form, else Sichuan. */
    public static XlsxOptions forReport(Report report) {
        return new XlsxOptions("national".equalsIgnoreCase(report.profile()) ? XlsxLayout.NATIONAL : XlsxLayout.SICHUAN);
    }

    /** These options with the layout filled in from the report when it was left open. */
    public XlsxOptions resolve(Report report) {
        return layout != null ? this : forReport(report);
    }
}
