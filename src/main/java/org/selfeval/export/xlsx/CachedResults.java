package org.selfeval.export.xlsx;

import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.BaseXSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Evaluates every formula of the workbook and stores its result in the cell, as POI's
 * {@code XSSFFormulaEvaluator.evaluateAll} does (same evaluator, same way of storing), over
 * {@link ParsedFormulas}, so a formula repeated on many sheets is parsed once per sheet and text.
 */
final class CachedResults extends BaseXSSFFormulaEvaluator {
    private final XSSFWorkbook workbook;
    private final ParsedFormulas book;

    private CachedResults(XSSFWorkbook workbook, ParsedFormulas book) {
        super(new WorkbookEvaluator(book, null, null));
        this.workbook = workbook;
        this.book = book;
    }

    /** Stores the result of every formula cell of the workbook. */
    static void evaluateAll(XSSFWorkbook workbook) {
        new CachedResults(workbook, new ParsedFormulas(workbook)).evaluateAll();
    }

    @Override
    protected EvaluationCell toEvaluationCell(Cell cell) {
        return book.getSheet(book.getSheetIndex(cell.getSheet().getSheetName())).getCell(cell.getRowIndex(), cell.getColumnIndex());
    }

    @Override
    public void evaluateAll() {
        evaluateAllFormulaCells(workbook, this);
    }

    @Override
    public Cell evaluateInCell(Cell cell) {
        // only ever used through evaluateAll: the workbook keeps its formulas, with their results cached
        throw new UnsupportedOperationException("CachedResults stores formula results; it never replaces a formula by its value");
    }

    @Override
    public void notifySetFormula(Cell cell) {
        _bookEvaluator.notifyUpdateCell(toEvaluationCell(cell));
    }

    @Override
    public void notifyDeleteCell(Cell cell) {
        _bookEvaluator.notifyDeleteCell(toEvaluationCell(cell));
    }

    @Override
    public void notifyUpdateCell(Cell cell) {
        _bookEvaluator.notifyUpdateCell(toEvaluationCell(cell));
    }
}
