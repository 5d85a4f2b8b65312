package org.selfeval.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook, made once per workbook: 宋体 for titles and labels, 仿宋 for
 * the entries, thin borders inside the form, 0.00 and 0.00% for figures.
 */
final class XlsxStyles {
    static final String SONG = "宋体";
    static final String FANG_SONG = "仿宋";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle formNumber;
    final CellStyle label;
    final CellStyle labelLeft;
    final CellStyle text;
    final CellStyle textCenter;
    final CellStyle amount;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle plain;
    final CellStyle link;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final Map<String, CellStyle> numberFormats = new HashMap<>();

    XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
        Font titleFont = font(SONG, 16, true);
        Font labelFont = font(SONG, 11, true);
        Font bodyFont = font(FANG_SONG, 11, false);
        Font smallFont = font(FANG_SONG, 10, false);
        title = style(titleFont, HorizontalAlignment.CENTER, false, null);
        subtitle = style(font(SONG, 12, false), HorizontalAlignment.CENTER, false, null);
        formNumber = style(smallFont, HorizontalAlignment.RIGHT, false, null);
        label = style(labelFont, HorizontalAlignment.CENTER, true, null);
        labelLeft = style(labelFont, HorizontalAlignment.LEFT, true, null);
        text = style(bodyFont, HorizontalAlignment.LEFT, true, null);
        textCenter = style(bodyFont, HorizontalAlignment.CENTER, true, null);
        amount = style(bodyFont, HorizontalAlignment.RIGHT, true, "0.00");
        percent = style(bodyFont, HorizontalAlignment.RIGHT, true, "0.00%");
        score = style(bodyFont, HorizontalAlignment.RIGHT, true, "0.00");
        plain = style(bodyFont, HorizontalAlignment.LEFT, false, null);
        plain.setWrapText(true);
        Font linkFont = font(FANG_SONG, 11, false);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link = style(linkFont, HorizontalAlignment.LEFT, true, null);
    }

    /**
     * The same style with Excel's quote prefix set: the cell shows text that starts with = + - @
     * and stays text when the clerk edits it.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }

    /** A bordered centred number style with the given format, e.g. "0" or "0.0" for an indicator value. */
    CellStyle number(String format) {
        return numberFormats.computeIfAbsent(format, f -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(textCenter);
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }

    private Font font(String name, int points, boolean bold) {
        Font f = workbook.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private CellStyle style(Font font, HorizontalAlignment align, boolean bordered, String format) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
        }
        if (format != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return s;
    }
}
