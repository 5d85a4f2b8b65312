package org.selfeval.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The sheet names of a workbook, read without loading any sheet: from {@code xl/workbook.xml} of an
 * .xlsx, from the BOUNDSHEET records at the head of an .xls stream. Enough to tell a 决算 workbook
 * ("Z01 收入支出决算总表(财决01表)") from a 自评表 one before the right reader opens it.
 */
final class WorkbookSheetNames {
    private static final int MAX_SHEETS = 1000;

    private WorkbookSheetNames() {
    }

    static List<String> read(Path file, FileType type) throws IOException {
        try {
            return type == FileType.XLS ? xls(file) : xlsx(file);
        } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> xlsx(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext() && names.size() < MAX_SHEETS) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
        }
        return names;
    }

    private static List<String> xls(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             InputStream in = fs.createDocumentInputStream(workbookEntry(fs))) {
            RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
            int read = 0;
            for (Record r = records.nextRecord(); r != null && read++ < 100_000; r = records.nextRecord()) {
                if (r instanceof BoundSheetRecord b) {
                    names.add(b.getSheetname());
                    if (names.size() >= MAX_SHEETS) {
                        break;
                    }
                } else if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return names;
    }

    private static String workbookEntry(POIFSFileSystem fs) {
        return fs.getRoot().hasEntry("Workbook") ? "Workbook" : "Book";
    }
}
