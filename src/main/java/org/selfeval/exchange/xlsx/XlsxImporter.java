package org.selfeval.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.exchange.OfficeFileTrouble;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.Project;

/**
 * Reads the project sheets of a self-evaluation workbook this tool exported (Sichuan form) back into
 * projects. Anything else — not an xlsx, a password, a zip bomb, a foreign sheet, a letter or a
 * negative number where an amount belongs, a formula where text belongs, a sheet of absurd size —
 * ends in a {@link ReportFormatException} whose Chinese message names the file, sheet and cell.
 *
 * <p>Zip bombs are caught by POI's {@code ZipSecureFile} limits (inflate ratio), which are left at
 * POI's defaults and not changed for the whole JVM.
 */
public final class XlsxImporter {
    /** Larger files are refused before they are opened. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** A project sheet of the form has a few dozen rows. */
    public static final int MAX_ROWS = 2000;
    public static final int MAX_SHEETS = 500;

    public List<Project> read(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        checkFile(file, name);
        List<Project> projects = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            RowCountGuard.check(pkg, name, MAX_ROWS);
            read(pkg, name, projects);
        } catch (ReportFormatException e) {
            throw e;
        } catch (IOException | RuntimeException | InvalidFormatException e) {
            throw new WorkbookFormatException(name, "", explain(e));
        }
        return projects;
    }

    private static void read(OPCPackage pkg, String name, List<Project> projects) throws ReportFormatException, IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            if (wb.getNumberOfSheets() > MAX_SHEETS) {
                throw new WorkbookFormatException(name, "", "工作表多达 " + wb.getNumberOfSheets() + " 个，超过上限 " + MAX_SHEETS);
            }
            java.util.Map<String, ProjectMeta> meta = WorkbookMeta.read(wb);
            for (Sheet sheet : wb) {
                readSheet(name, sheet, meta.get(sheet.getSheetName())).ifPresent(projects::add);
            }
        }
    }

    private static Optional<Project> readSheet(String file, Sheet sheet, ProjectMeta meta) throws ReportFormatException {
        CellReader cells = new CellReader(file, sheet);
        if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
            throw cells.sheetError("有 " + (sheet.getLastRowNum() + 1) + " 行，超过自评表的上限 " + MAX_ROWS + " 行，拒绝读取");
        }
        String first = cells.label(0, 0);
        if (sheet.getSheetName().equals(SichuanForm.SUMMARY_SHEET) || first.endsWith("自评汇总表")
                || sheet.getSheetName().equals(SichuanForm.DEPARTMENT_SHEET)) {
            return Optional.empty();
        }
        if (first.equals("项目支出绩效自评表")) {
            throw cells.sheetError("是全国格式（财预〔2020〕10号）的自评表，目前只能导入四川格式（510000_0013zp）的自评表");
        }
        if (!ProjectSheetReader.isForm(cells)) {
            throw cells.sheetError("不是部门预算项目支出绩效自评表（" + SichuanForm.FORM_NUMBER + "），无法导入；"
                    + "请只保留本工具导出的汇总表和项目自评表");
        }
        return Optional.of(new ProjectSheetReader(file, sheet, meta).read());
    }

    private static void checkFile(Path file, String name) throws ReportFormatException {
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
            if (magic == FileMagic.OLE2) {
                throw new WorkbookFormatException(name, "", ole2(file));
            }
            if (magic != FileMagic.OOXML) {
                throw new WorkbookFormatException(name, "", "不是 Excel 工作簿（.xlsx），文件内容不是 ZIP/OOXML 格式");
            }
        } catch (IOException e) {
            throw new WorkbookFormatException(name, "", "无法读取文件：" + e.getMessage());
        }
    }

    private static String ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo")) {
                return "文件设置了打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入";
            }
            return "是旧版 Excel（.xls）或其他 Office 文件，不是 .xlsx 工作簿；请另存为 .xlsx 再导入";
        } catch (IOException | RuntimeException e) {
            return "文件已损坏，无法识别为 Excel 工作簿";
        }
    }

    private static String explain(Throwable e) {
        return OfficeFileTrouble.explain(e).orElse("文件已损坏或不是有效的 .xlsx 工作簿，无法打开");
    }
}
