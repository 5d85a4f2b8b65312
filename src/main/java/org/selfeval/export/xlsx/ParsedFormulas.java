package org.selfeval.export.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's view of the workbook for its evaluator, with each formula text parsed once: project sheets of
 * the same shape repeat the same formulas cell for cell, and POI parses the text of every cell it
 * evaluates. The tokens of a cell formula written here depend on its text alone: references are
 * row/column numbers, no shared, array or table formulas and no defined names are written (the only
 * names, each sheet's print area and titles, are never used in a formula). A formula naming a sheet
 * ("!") is keyed by its sheet as well, to be safe. The evaluator only reads the tokens.
 */
final class ParsedFormulas implements EvaluationWorkbook {
    private final XSSFEvaluationWorkbook book;
    private final Map<String, Ptg[]> parsed = new HashMap<>();

    ParsedFormulas(XSSFWorkbook workbook) {
        this.book = XSSFEvaluationWorkbook.create(workbook);
    }

    @Override
    public Ptg[] getFormulaTokens(EvaluationCell cell) {
        if (!(cell.getIdentityKey() instanceof XSSFCell xssf) || xssf.isPartOfArrayFormulaGroup()) {
            return book.getFormulaTokens(cell);
        }
        String formula = xssf.getCellFormula();
        String key = formula.indexOf('!') < 0 ? formula : book.getSheetIndex(cell.getSheet()) + "\u0000" + formula;
        Ptg[] tokens = parsed.get(key);
        if (tokens == null) {
            tokens = book.getFormulaTokens(cell);
            parsed.put(key, tokens);
        }
        return tokens;
    }

    @Override
    public String getSheetName(int sheetIndex) {
        return book.getSheetName(sheetIndex);
    }

    @Override
    public int getSheetIndex(EvaluationSheet sheet) {
        return book.getSheetIndex(sheet);
    }

    @Override
    public int getSheetIndex(String sheetName) {
        return book.getSheetIndex(sheetName);
    }

    @Override
    public EvaluationSheet getSheet(int sheetIndex) {
        return book.getSheet(sheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(int externSheetIndex) {
        return book.getExternalSheet(externSheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
        return book.getExternalSheet(firstSheetName, lastSheetName, externalWorkbookNumber);
    }

    @Override
    public int convertFromExternSheetIndex(int externSheetIndex) {
        return book.convertFromExternSheetIndex(externSheetIndex);
    }

    @Override
    public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
        return book.getExternalName(externSheetIndex, externNameIndex);
    }

    @Override
    public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
        return book.getExternalName(nameName, sheetName, externalWorkbookNumber);
    }

    @Override
    public EvaluationName getName(NamePtg namePtg) {
        return book.getName(namePtg);
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
        return book.getName(name, sheetIndex);
    }

    @Override
    public String resolveNameXText(NameXPtg ptg) {
        return book.resolveNameXText(ptg);
    }

    @Override
    public UDFFinder getUDFFinder() {
        return book.getUDFFinder();
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
        return book.getSpreadsheetVersion();
    }

    @Override
    public void clearAllCachedResultValues() {
        book.clearAllCachedResultValues();
        parsed.clear();
    }
}
