package org.selfeval.export.xlsx;

import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * Options of the self-evaluation workbook.
 *
 * @param layout the project form; null = chosen by the report's profile ({@link #forReport})
 */
public record XlsxOptions(XlsxLayout layout) {
    /** The layout of the report's regional profile, the same form its PDF and DOCX print. */
    public static XlsxOptions forReport(Report report) {
        return new XlsxOptions(switch (RegionalProfile.forId(report.profile()).projectForm()) {
            case SICHUAN -> XlsxLayout.SICHUAN;
            case NATIONAL -> XlsxLayout.NATIONAL;
            case ANHUI -> XlsxLayout.ANHUI;
        });
    }

    /** These options with the layout filled in from the report when it was left open. */
    public XlsxOptions resolve(Report report) {
        return layout != null ? this : forReport(report);
    }
}
