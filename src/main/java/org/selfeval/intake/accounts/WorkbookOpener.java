package org.selfeval.intake.accounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
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
import org.selfeval.exchange.xlsx.RowCountGuard;
import org.selfeval.exchange.xlsx.WorkbookFormatException;

/**
 * Opens a 决算 workbook, .xlsx or .xls, only after the checks that keep a hostile file from hurting:
 * its size, what it really is (by its first bytes, not its name), a password, and the number of
 * rows and cells streamed before anything is built in memory. Zip bombs are caught by POI's
 * {@code ZipSecureFile} limits (left at POI's defaults). Every refusal is a
 * {@link WorkbookFormatException} with a Chinese message naming the file.
 */
final class WorkbookOpener {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The longest 决算 table (支出 by functional class and item) has a few hundred rows. */
    static final int MAX_ROWS = 5000;
    /** For all sheets together: the full client export holds some tens of thousands. */
    static final long MAX_CELLS = 300_000;

    private WorkbookOpener() {
    }

    static Workbook open(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        FileMagic magic = check(file, name);
        try {
            return magic == FileMagic.OOXML ? openXlsx(file, name) : openXls(file, name);
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw new WorkbookFormatException(name, "", explain(e));
        }
    }

    private static Workbook openXlsx(Path file, String name) throws ReportFormatException, IOException, InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            RowCountGuard.check(pkg, name, MAX_ROWS, MAX_CELLS, "决算表");
            return new XSSFWorkbook(pkg);
        } catch (ReportFormatException | IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static Workbook openXls(Path file, String name) throws ReportFormatException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new WorkbookFormatException(name, "", encrypted());
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                throw new WorkbookFormatException(name, "", "是 Word、PowerPoint 等其他 Office 文件，不是 Excel 工作簿");
            }
            XlsGuard.check(fs, name, MAX_ROWS, MAX_CELLS);
            return new HSSFWorkbook(fs.getRoot(), false);
        }
    }

    /** What the file is by its first bytes, once its size is known to be sane. */
    private static FileMagic check(Path file, String name) throws ReportFormatException {
        String refusal;
        FileMagic magic = FileMagic.UNKNOWN;
        try {
            long size = Files.isRegularFile(file) ? Files.size(file) : -1;
            if (size > 0 && size <= MAX_FILE_BYTES) {
                magic = FileMagic.valueOf(file.toFile());
            }
            refusal = size < 0 ? "文件不存在或不是普通文件"
                    : size > MAX_FILE_BYTES ? "文件大小 " + size / 1024 / 1024 + " MB，超过部门决算表的上限 " + MAX_FILE_BYTES / 1024 / 1024 + " MB"
                    : magic == FileMagic.OOXML || magic == FileMagic.OLE2 ? null
                    : "不是 Excel 工作簿（.xlsx 或 .xls），文件内容不是表格格式";
        } catch (IOException e) {
            refusal = "无法读取文件";
        }
        if (refusal != null) {
            throw new WorkbookFormatException(name, "", refusal);
        }
        return magic;
    }

    private static String encrypted() {
        return "文件设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存，再导入";
    }

    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return encrypted();
            }
            if (t instanceof OldExcelFormatException) {
                return "是 Excel 95 或更早的格式，请在 Excel 或 WPS 中另存为 .xlsx 再导入";
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed the max")) {
                return "文件疑似压缩炸弹（解压后体积异常膨胀），为保护电脑已拒绝读取";
            }
            if (m.contains("encrypt") || m.contains("password")) {
                return encrypted();
            }
        }
        return "文件已损坏或不是有效的 Excel 工作簿，无法打开";
    }
}
