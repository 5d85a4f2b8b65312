package org.selfeval.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.exchange.ReportFormatException;

/**
 * Opens a workbook file, .xlsx or .xls, as a hostile file: refused before it is opened when it is too
 * large, not a workbook or has a password; its rows counted by streaming before it is loaded
 * ({@link RowCountGuard}); zip bombs caught by POI's {@code ZipSecureFile} limits (inflate ratio), left
 * at POI's defaults and not changed for the whole JVM.
 */
public final class WorkbookFile implements AutoCloseable {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 2000;
    public static final int MAX_SHEETS = 500;
    private static final String OLD_EXCEL = "是 Excel 5.0/95 或更早版本的工作簿，请在 Excel 或 WPS 中另存为 .xlsx 再导入";

    private final String name;
    private final Workbook workbook;
    private final AutoCloseable container;
    private final Map<String, ProjectMeta> meta;

    private WorkbookFile(String name, Workbook workbook, AutoCloseable container, Map<String, ProjectMeta> meta) {
        this.name = name;
        this.workbook = workbook;
        this.container = container;
        this.meta = meta;
    }

    /** The file's name, as messages show it. */
    public String name() {
        return name;
    }

    public Workbook workbook() {
        return workbook;
    }

    public boolean isXls() {
        return workbook instanceof HSSFWorkbook;
    }

    /** Our export's data part by sheet name; empty for an .xls or another system's export. */
    Map<String, ProjectMeta> meta() {
        return meta;
    }

    public static WorkbookFile open(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        FileMagic magic = check(file, name);
        try {
            WorkbookFile opened = magic == FileMagic.OLE2 ? openXls(file, name) : openXlsx(file, name);
            if (opened.workbook.getNumberOfSheets() > MAX_SHEETS) {
                int n = opened.workbook.getNumberOfSheets();
                opened.close();
                throw new WorkbookFormatException(name, "", "工作表多达 " + n + " 个，超过上限 " + MAX_SHEETS);
            }
            return opened;
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw new WorkbookFormatException(name, "", explain(e, magic == FileMagic.OLE2));
        }
    }

    private static WorkbookFile openXlsx(Path file, String name) throws ReportFormatException, IOException, InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            RowCountGuard.check(pkg, name, MAX_ROWS);
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            return new WorkbookFile(name, wb, pkg::revert, WorkbookMeta.read(wb));
        } catch (ReportFormatException | IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static WorkbookFile openXls(Path file, String name) throws ReportFormatException, IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new WorkbookFormatException(name, "", "文件设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存再导入");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")) {
                throw new WorkbookFormatException(name, "", fs.getRoot().hasEntry("Book") ? OLD_EXCEL
                        : "是 Word 等其他 Office 文件，不是 Excel 工作簿（.xls / .xlsx）");
            }
            RowCountGuard.check(fs, name, MAX_ROWS);
            HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
            return new WorkbookFile(name, wb, fs, Map.of());
        } catch (ReportFormatException | IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            container.close();
        } catch (IOException | RuntimeException e) {
            throw e instanceof IOException io ? io : new IOException(e);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static FileMagic check(Path file, String name) throws ReportFormatException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new WorkbookFormatException(name, "", "文件不存在或不是普通文件");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new WorkbookFormatException(name, "", "文件大小 " + size / 1024 / 1024 + " MB，超过上限 "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB，自评表不应这么大");
            }
            FileMagic magic = FileMagic.valueOf(file.toFile());
            if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
                throw new WorkbookFormatException(name, "", "不是 Excel 工作簿（.xlsx 或 .xls），文件内容不是 ZIP/OOXML 或 OLE2 格式");
            }
            return magic;
        } catch (IOException e) {
            throw new WorkbookFormatException(name, "", "无法读取文件：" + e.getMessage());
        }
    }

    private static String explain(Throwable e, boolean xls) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.poi.hssf.OldExcelFormatException) {
                return OLD_EXCEL;
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return "文件设置了打开密码（已加密），请取消密码后再导入";
            }
        }
        return org.selfeval.exchange.OfficeFileTrouble.explain(e)
                .orElse(xls ? "文件已损坏或不是有效的 .xls 工作簿，无法打开" : "文件已损坏或不是有效的 .xlsx 工作簿，无法打开");
    }
}
