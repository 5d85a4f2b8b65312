package org.selfeval.intake.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Finds which sheet holds which table of a layout (定位决算表): by the sheet's name, else by its title
 * cell. A name or title may contain the aliases of several tables ("财政拨款收入支出决算总表" contains
 * "收入支出决算总表"): each sheet goes to the table whose alias is the longest one it contains. A
 * sheet name cut at Excel's 31 characters matches an alias it begins.
 */
final class TableLocator {
    /** Rows searched for a title cell. */
    private static final int TITLE_ROWS = 4;
    private static final int EXCEL_NAME_LIMIT = 31;
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$");

    private TableLocator() {
    }

    /** The sheet of each table of the layout that the workbook has, by table id. */
    static Map<String, Sheet> locate(Workbook wb, Layout layout) {
        return locateScored(wb, layout).sheets;
    }

    /** The tables found and how strongly their sheets match (for choosing between layouts). */
    record Located(Map<String, Sheet> sheets, int strength) {
    }

    static Located locateScored(Workbook wb, Layout layout) {
        Map<String, Sheet> found = new LinkedHashMap<>();
        Map<String, Integer> strength = new LinkedHashMap<>();
        for (Sheet sheet : wb) {
            best(sheet, layout).ifPresent(m -> {
                if (m.length > strength.getOrDefault(m.table.id(), 0)) {
                    found.put(m.table.id(), sheet);
                    strength.put(m.table.id(), m.length);
                }
            });
        }
        return new Located(found, strength.values().stream().mapToInt(Integer::intValue).sum());
    }

    private record Match(Layout.Table table, int length) {
    }

    private static Optional<Match> best(Sheet sheet, Layout layout) {
        String name = Labels.normalize(sheet.getSheetName());
        boolean cut = sheet.getSheetName().length() >= EXCEL_NAME_LIMIT;
        List<String> titles = titleTexts(sheet);
        Match best = null;
        for (Layout.Table t : layout.tables()) {
            int score = 0;
            for (String alias : t.sheetAliases()) {
                score = Math.max(score, nameScore(name, Labels.normalize(alias), cut));
            }
            for (String alias : t.titleAliases()) {
                String a = Labels.normalize(alias);
                for (String title : titles) {
                    if (isTitle(title, a)) {
                        // a title is weaker evidence than a name: it counts below any name match
                        score = Math.max(score, a.length() / 2);
                    }
                }
            }
            if (score > 0 && (best == null || score > best.length)) {
                best = new Match(t, score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int nameScore(String name, String alias, boolean cut) {
        if (alias.isEmpty()) {
            return 0;
        }
        if (name.contains(alias)) {
            return alias.length() * 2;
        }
        if (cut) {
            // "Z08_1 …决算明细表(财决08-" begins the alias's text that was cut off
            for (int k = alias.length() - 1; k >= 3; k--) {
                if (name.endsWith(alias.substring(0, k))) {
                    return k * 2;
                }
            }
        }
        return 0;
    }

    /** "2023年度收入支出决算总表（公开01表）" is the title 收入支出决算总表; "一、“三公”经费支出" is a row, not a title. */
    private static boolean isTitle(String text, String alias) {
        String t = TRAILING_NOTE.matcher(text).replaceFirst("");
        return !alias.isEmpty() && t.endsWith(alias);
    }

    private static List<String> titleTexts(Sheet sheet) {
        List<String> out = new java.util.ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r >= 0 && r < sheet.getFirstRowNum() + TITLE_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                    out.add(Labels.normalize(c.getStringCellValue()));
                }
            }
        }
        return out;
    }
}
