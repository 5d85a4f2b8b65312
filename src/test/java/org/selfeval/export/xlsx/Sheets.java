package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Test helpers: find rows by their label, read cached values, render a sheet as text to look at. */
final class Sheets {
    private Sheets() {
    }

    /** First row whose cell in the column has exactly this text. */
    static int row(Sheet sheet, int col, String label) {
        for (Row row : sheet) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row labelled " + label + " in column " + col + " of " + sheet.getSheetName());
    }

    static int rowStartingWith(Sheet sheet, int col, String prefix) {
        for (Row row : sheet) {
            Cell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in " + sheet.getSheetName());
    }

    static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** The number a viewer without recalculation shows (cached value for a formula); null if none. */
    static BigDecimal number(Sheet sheet, int r, int c) {
        Cell cell = cell(sheet, r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()) : null;
    }

    static String text(Sheet sheet, int r, int c) {
        Cell cell = cell(sheet, r, c);
        DataFormatter f = new DataFormatter();
        f.setUseCachedValuesForFormulaCells(true);
        return cell == null ? "" : f.formatCellValue(cell);
    }

    /** The sheet as lines of cells shown as a viewer shows them (formulas by cached value). */
    static String render(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder sb = new StringBuilder("== " + sheet.getSheetName() + " ==\n");
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder();
            for (Cell cell : row) {
                String v = cell.getCellType() == CellType.FORMULA
                        ? cachedText(cell, f) : f.formatCellValue(cell);
                if (!v.isEmpty()) {
                    line.append(cell.getAddress()).append('=').append(v.replace('\n', ' ')).append(" | ");
                }
            }
            if (line.length() > 0) {
                sb.append(row.getRowNum() + 1).append(": ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cachedText(Cell cell, DataFormatter f) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> f.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString()) + " [=" + cell.getCellFormula().length() + "]";
            case STRING -> cell.getStringCellValue();
            default -> "?";
        };
    }
}
