package org.selfeval.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.selfeval.exchange.ReportFormatException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams every sheet's XML once, before the workbook is loaded into memory, and stops at the first
 * sheet with more rows (counted, or numbered) than a self-evaluation sheet can have, or when the
 * workbook's cells, counted over all sheets, pass a limit. Keeps a workbook with a million rows (or
 * a few rows of a million cells) from being built in memory. Other importers of workbooks (the 决算
 * tables) use it with their own limits and the name of what they read.
 */
public final class RowCountGuard {
    private RowCountGuard() {
    }

    static void check(OPCPackage pkg, String file, int maxRows) throws ReportFormatException, IOException {
        check(pkg, file, maxRows, Long.MAX_VALUE, "自评表");
    }

    /**
     * @param maxCells the most cells all sheets together may hold
     * @param kind     what the workbook should be, for the message, e.g. "自评表" or "决算表"
     */
    public static void check(OPCPackage pkg, String file, int maxRows, long maxCells, String kind)
            throws ReportFormatException, IOException {
        long[] cells = {0};
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    Counter counter = new Counter(maxRows, maxCells, cells);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(counter);
                    try {
                        xml.parse(new InputSource(in));
                    } catch (TooManyRows e) {
                        throw new WorkbookFormatException(file, "工作表「" + name + "」", "写到了第 " + e.rows
                                + " 行，超过" + kind + "的上限 " + maxRows + " 行，拒绝读取");
                    } catch (TooManyCells e) {
                        throw new WorkbookFormatException(file, "工作表「" + name + "」", "单元格超过 " + maxCells
                                + " 个（" + kind + "不会有这么多数据），拒绝读取");
                    }
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The same for an .xls: its records are streamed (HSSF's event reader) and the first row numbered
     * beyond {@code maxRows} stops the reading.
     */
    static void check(org.apache.poi.poifs.filesystem.POIFSFileSystem fs, String file, int maxRows)
            throws ReportFormatException, IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        int[] sheet = {-1};
        org.apache.poi.hssf.eventusermodel.HSSFRequest request = new org.apache.poi.hssf.eventusermodel.HSSFRequest();
        request.addListenerForAllRecords(record -> {
            if (record instanceof org.apache.poi.hssf.record.BoundSheetRecord b) {
                names.add(b.getSheetname());
            } else if (record instanceof org.apache.poi.hssf.record.BOFRecord bof
                    && bof.getType() == org.apache.poi.hssf.record.BOFRecord.TYPE_WORKSHEET) {
                sheet[0]++;
            }
            long row = record instanceof org.apache.poi.hssf.record.RowRecord rr ? rr.getRowNumber()
                    : record instanceof org.apache.poi.hssf.record.CellValueRecordInterface cv ? cv.getRow() : -1;
            if (row + 1 > maxRows) {
                throw new TooManyXlsRows(row + 1, sheet[0] >= 0 && sheet[0] < names.size() ? names.get(sheet[0]) : "");
            }
        });
        try {
            new org.apache.poi.hssf.eventusermodel.HSSFEventFactory().processWorkbookEvents(request, fs);
        } catch (TooManyXlsRows e) {
            throw new WorkbookFormatException(file, "工作表「" + e.sheet + "」", "写到了第 " + e.rows
                    + " 行，超过自评表的上限 " + maxRows + " 行，拒绝读取");
        }
    }

    private static final class TooManyXlsRows extends RuntimeException {
        final long rows;
        final String sheet;

        TooManyXlsRows(long rows, String sheet) {
            super("too many rows", null, false, false);
            this.rows = rows;
            this.sheet = sheet;
        }
    }

    private static final class Counter extends DefaultHandler {
        private final int max;
        private final long maxCells;
        private final long[] cells;
        private int rows;

        Counter(int max, long maxCells, long[] cells) {
            this.max = max;
            this.maxCells = maxCells;
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName) && ++cells[0] > maxCells) {
                throw new TooManyCells();
            }
            if ("row".equals(localName)) {
                rows++;
                String r = atts.getValue("r");
                long number = rows;
                if (r != null && r.matches("[0-9]{1,10}")) {
                    number = Math.max(number, Long.parseLong(r));
                }
                if (number > max) {
                    throw new TooManyRows(number);
                }
            }
        }
    }

    private static final class TooManyCells extends SAXException {
        TooManyCells() {
            super("too many cells");
        }
    }

    private static final class TooManyRows extends SAXException {
        final long rows;

        TooManyRows(long rows) {
            super("too many rows");
            this.rows = rows;
        }
    }
}
