package org.selfeval.intake;

/** What a file holds, told from its first bytes (and, for a ZIP, its entries), not from its name. */
public enum FileType {
    /** our report file (JSON) */
    REPORT_JSON,
    /** an Excel workbook, .xlsx (OOXML) */
    XLSX,
    /** an old Excel workbook, .xls (OLE2) */
    XLS,
    /** a Word document, .docx */
    DOCX,
    PDF,
    /** plain text in UTF-8 or GBK */
    TEXT
}
