package org.selfeval.ui.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated text Excel and WPS put on the clipboard: rows end with a line break,
 * cells with a tab; a cell holding a line break or a quote is wrapped in double quotes with inner
 * quotes doubled. A trailing empty line (Excel adds one) is dropped.
 */
public final class Tsv {
    private Tsv() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (!cellStart || cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Whether clipboard text holds more than one cell (a tab or a line break inside it). */
    public static boolean isMultiCell(String text) {
        if (text == null) {
            return false;
        }
        String t = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0;
    }
}
