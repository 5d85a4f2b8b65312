package org.selfeval.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.xlsx.XlsxExporter;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** Export → import gives the same projects; hostile or broken files give a Chinese message naming where. */
class XlsxImporterTest {
    static final String P2 = "乐山市不动产联审登记全市通办系统信息化建设";
    @TempDir
    static Path dir;
    static Report sample;
    static Path exported;

    @BeforeAll
    static void export() throws Exception {
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        exported = dir.resolve("sample.xlsx");
        new XlsxExporter().export(sample, exported);
    }

    @Test
    void exportedSampleReadsBackIntoEqualProjects() throws Exception {
        List<Project> read = new XlsxImporter().read(exported);
        assertThat(read).isEqualTo(sample.projects());
    }

    @Test
    void aProjectWithACodeAndEveryKindOfScoreRoundTrips() throws Exception {
        Project p2 = sample.projects().get(1);
        Project coded = p2.withCode("51110021T000012345678").withProjectLead("张三").withFinanceLead("李四")
                .withAdjustmentReason("年中追加").withIndicators(Stream.concat(p2.indicators().stream(), Stream.of(
                        p2.indicators().get(0).withName("非纯数字指标值").withTarget("≥95%").withActual("96%"),
                        p2.indicators().get(0).withName("部分达成").withNature(org.selfeval.model.IndicatorNature.QUALITATIVE)
                                .withGrade(org.selfeval.model.QualitativeGrade.PARTIALLY_ACHIEVED).withTarget("好").withActual("较好"),
                        p2.indicators().get(0).withName("小数").withTarget("99.50").withActual("-1.25").withScore(new java.math.BigDecimal("3.5"))))
                        .toList());
        Report r = sample.withProjects(List.of(coded, sample.projects().get(0)));
        Path file = dir.resolve("coded.xlsx");
        new XlsxExporter().export(r, file);
        assertThat(new XlsxImporter().read(file)).isEqualTo(r.projects());
    }

    @Test
    void aTotalTypedOverTheFormulaIsKeptAsStatedAndTheAuditComparesIt() throws Exception {
        for (double typed : new double[] {11.24, 0}) {
            Path f = dir.resolve("总额填数" + typed + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(exported)); OutputStream out = Files.newOutputStream(f)) {
                typeOver(wb.getSheet(P2).getRow(10).getCell(4), typed);
                wb.write(out);
            }
            List<org.selfeval.model.Project> read = new XlsxImporter().read(f);
            org.selfeval.model.Project p = read.get(1);
            assertThat(p.stated().totalExecuted()).isEqualTo(org.selfeval.model.Stated.of(new java.math.BigDecimal(typed == 0 ? "0.00" : "11.24")));
            assertThat(p.withStated(null)).isEqualTo(sample.projects().get(1));
            List<org.selfeval.audit.Finding> r8b = org.selfeval.audit.Auditor.standard().audit(sample.withProjects(read)).stream()
                    .filter(x -> x.ruleId().equals("R8b")).toList();
            if (typed == 0) {
                assertThat(r8b).singleElement().satisfies(x -> assertThat(x.message()).contains("“预算执行数”填 0.00 万元，按各行应为 11.24 万元"));
            } else {
                assertThat(r8b).isEmpty();
            }
        }
    }

    @Test
    void notAZipFile() throws Exception {
        Path f = dir.resolve("假表格.xlsx");
        Files.writeString(f, "项目名称,金额\n政务大厅,12\n", StandardCharsets.UTF_8);
        assertMessage(f, "假表格.xlsx", "不是 Excel 工作簿");
    }

    @Test
    void aZipThatIsNotAWorkbook() throws Exception {
        Path f = dir.resolve("压缩包.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertMessage(f, "压缩包.xlsx", "已损坏或不是有效的 .xlsx");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path f = dir.resolve("炸弹.xlsx");
        try (ZipFile in = new ZipFile(exported.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(f)).isLessThan(1_000_000);
        assertMessage(f, "炸弹.xlsx", "压缩炸弹");
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedAsSuch() throws Exception {
        Path f = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(exported)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertMessage(f, "加密.xlsx", "打开密码");
    }

    @Test
    void anOldXlsFileIsNamedAsSuch() throws Exception {
        Path f = dir.resolve("旧表.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
        }
        assertMessage(f, "旧表.xlsx", ".xls");
    }

    static Stream<Arguments> damagedCells() {
        return Stream.of(
                Arguments.of("字母金额", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(11).getCell(2).setCellValue("12a"),
                        new String[] {"工作表「" + P2 + "」", "C12", "财政资金·年初预算", "12a"}),
                Arguments.of("负数金额", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(11).getCell(4).setCellValue(-5),
                        new String[] {P2, "E12", "负数"}),
                Arguments.of("七位小数", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(11).getCell(3).setCellValue(1.2345678),
                        new String[] {P2, "D12", "六位小数"}),
                Arguments.of("文字单元格中的公式", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(2).getCell(1)
                        .setCellFormula("HYPERLINK(\"http://example.invalid\",\"点我\")"), new String[] {P2, "B3", "公式"}),
                Arguments.of("指标名称中的公式", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(16).getCell(3)
                        .setCellFormula("1+1"), new String[] {P2, "D17", "三级指标", "公式"}),
                Arguments.of("字母权重", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(16).getCell(8).setCellValue("二十"),
                        new String[] {P2, "I17", "权重", "二十"}),
                Arguments.of("未知指标性质", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(16).getCell(4).setCellValue("约等于"),
                        new String[] {P2, "E17", "指标性质", "约等于"}),
                Arguments.of("巨量行数", (Consumer<Workbook>) wb -> wb.getSheet(P2).createRow(60_000).createCell(0).setCellValue("x"),
                        new String[] {P2, "第 60001 行", "上限 2000 行"}),
                Arguments.of("三千行数据", (Consumer<Workbook>) wb -> {
                    Sheet s = wb.getSheet(P2);
                    for (int r = 40; r < 3040; r++) {
                        s.createRow(r).createCell(0).setCellValue(r);
                    }
                }, new String[] {P2, "第 2001 行", "上限 2000 行"}),
                Arguments.of("外来工作表", (Consumer<Workbook>) wb -> wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("姓名"),
                        new String[] {"工作表「Sheet1」", "不是部门预算项目支出绩效自评表"}),
                Arguments.of("被改掉的总额行", (Consumer<Workbook>) wb -> wb.getSheet(P2).getRow(10).getCell(1).setCellValue("合计数"),
                        new String[] {P2, "B11", "总额"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedCells")
    void aDamagedCellIsNamedWithFileSheetAndCell(String name, Consumer<Workbook> damage, String[] fragments) throws Exception {
        Path f = dir.resolve(name + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(exported)); OutputStream out = Files.newOutputStream(f)) {
            damage.accept(wb);
            wb.write(out);
        }
        String[] all = Stream.concat(Stream.of(name + ".xlsx"), Stream.of(fragments)).toArray(String[]::new);
        assertMessage(f, all);
    }

    @Test
    void theNationalLayoutReadsBackIntoEqualProjects() throws Exception {
        Path f = dir.resolve("全国格式.xlsx");
        new XlsxExporter(new org.selfeval.export.xlsx.XlsxOptions(org.selfeval.export.xlsx.XlsxLayout.NATIONAL)).export(sample, f);
        assertThat(new XlsxImporter().read(f)).isEqualTo(sample.projects());
    }

    @Test
    void aMissingFile() {
        assertMessage(dir.resolve("没有这个文件.xlsx"), "没有这个文件.xlsx", "不存在");
    }

    /** What typing a number into a formula cell does: the formula is gone, the number stays. */
    static void typeOver(org.apache.poi.ss.usermodel.Cell cell, double value) {
        cell.setBlank();
        cell.setCellValue(value);
        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
    }

    static void assertMessage(Path file, String... fragments) {
        assertThatThrownBy(() -> new XlsxImporter().read(file))
                .isInstanceOf(ReportFormatException.class)
                .isInstanceOf(WorkbookFormatException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("无法读取工作簿 " + fragments[0]);
                    assertThat(e.getMessage()).contains(fragments);
                    assertThat(e.getMessage()).doesNotContain("Exception", "at org.", "null");
                });
    }

}
