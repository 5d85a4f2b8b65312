package org.selfeval.intake.accounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.xlsx.WorkbookFormatException;

/**
 * The .xls counterpart of the xlsx row guard: streams the workbook's records once, before the
 * workbook is built in memory, and stops at the first sheet with more rows, or the first cell past
 * the workbook's limit. Keeps a 20 MB .xls of two million cells from filling the memory.
 */
final class XlsGuard {
    private XlsGuard() {
    }

    static void check(POIFSFileSystem fs, String file, int maxRows, long maxCells) throws ReportFormatException, IOException {
        Counter counter = new Counter(maxRows, maxCells);
        HSSFRequest request = new HSSFRequest();
        request.addListenerForAllRecords(counter);
        try {
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (org.apache.poi.hssf.eventusermodel.HSSFUserException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (counter.refusal != null) {
            throw new WorkbookFormatException(file, "工作表「" + counter.sheetName() + "」", counter.refusal);
        }
    }

    private static final class Counter extends AbortableHSSFListener {
        private final int maxRows;
        private final long maxCells;
        private final List<String> names = new ArrayList<>();
        private int sheet = -1;
        private long cells;
        private String refusal;

        Counter(int maxRows, long maxCells) {
            this.maxRows = maxRows;
            this.maxCells = maxCells;
        }

        String sheetName() {
            return sheet >= 0 && sheet < names.size() ? names.get(sheet) : String.valueOf(sheet + 1);
        }

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BoundSheetRecord b) {
                names.add(b.getSheetname());
            } else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
                sheet++;
            } else if (record instanceof RowRecord row) {
                return row(row.getRowNumber());
            } else if (record instanceof MulRKRecord m) {
                return cells(m.getNumColumns(), m.getRow());
            } else if (record instanceof MulBlankRecord m) {
                return cells(m.getNumColumns(), m.getRow());
            } else if (record instanceof CellValueRecordInterface c) {
                return cells(1, c.getRow());
            }
            return 0;
        }

        private short row(int number) {
            if (number + 1 > maxRows) {
                refusal = "写到了第 " + (number + 1) + " 行，超过决算表的上限 " + maxRows + " 行，拒绝读取";
                return 1;
            }
            return 0;
        }

        private short cells(int count, int rowNumber) {
            cells += count;
            if (cells > maxCells) {
                refusal = "单元格超过 " + maxCells + " 个（决算表不会有这么多数据），拒绝读取";
                return 1;
            }
            return row(rowNumber);
        }
    }
}
