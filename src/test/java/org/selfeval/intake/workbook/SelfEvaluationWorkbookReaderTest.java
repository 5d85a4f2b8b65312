package org.selfeval.intake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.TestReports;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.xlsx.WorkbookFormatException;
import org.selfeval.export.xlsx.XlsxExporter;
import org.selfeval.export.xlsx.XlsxLayout;
import org.selfeval.export.xlsx.XlsxOptions;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Targets;
import org.selfeval.intake.workbook.ProvincialSheets.Row3;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.Stated;

/** 自评表 workbooks as the provincial system exports them, and as this tool does, read into an import preview. */
class SelfEvaluationWorkbookReaderTest {
    @TempDir
    Path dir;

    // ---- (1) the Sichuan form as the provincial system exports it ------------------------------

    /** Two projects of a county 发改局 (names as S3 publishes them; figures invented), one with a 0/0/0 总额 row. */
    static void sichuanExport(Workbook wb) {
        ProvincialSheets.sichuan(wb, "安可替代补助", "51092324T000010263357-2023年全县安可替代补助资金项目",
                "青神县发展和改革局本级", "青神县发展和改革局",
                List.of(new String[] {"总额", "0", "0", "0", "0.00%", "10", "0"},
                        new String[] {"其中：财政资金", "1,200.00", "1,200.00", "1,150.50", "95.88%"},
                        new String[] {"财政专户管理资金", "", "", "", ""},
                        new String[] {"单位资金", "", "", "", ""},
                        new String[] {"其他资金", "", "", "", ""}),
                List.of(new Row3("产出指标", "数量指标", "替代终端数量", "≥", "1,000", "台", "1,020", "30.00", "30.00", ""),
                        new Row3("", "", "替代完成单位数", "=", "45", "个", "45", "20", "20", ""),
                        new Row3("", "时效指标", "完成时限", "≤", "12", "月", "12", "10", "", ""),
                        new Row3("效益指标", "社会效益指标", "信息安全水平", "定性", "明显提升", "", "有所提升", "30", "27", "部分单位培训不足")),
                new String[] {"100", "86.59"},
                new String[] {"完成全县党政机关安可替代", "完成45个单位替代", "采购并部署替代终端", "自评得分86.59分",
                        "培训不足", "加强培训", "王某", "李某"});
        ProvincialSheets.sichuan(wb, "工资性支出", "51000021R000000019951-工资性支出",
                "青神县发展和改革局本级", "青神县发展和改革局",
                List.of(new String[] {"总额", "356.20", "360.00", "358.10", "99.47%", "10.00", ""},
                        new String[] {"其中:财政资金", "356.20", "360.00", "358.10", "99.47%"},
                        new String[] {"财政专户管理资金", "0.00", "0.00", "0.00", "0.00%"},
                        new String[] {"单位资金", "0", "0", "0", ""},
                        new String[] {"其他资金", "", "", "", ""}),
                List.of(new Row3("产出指标", "数量指标", "保障在职人数", "", "32", "人", "32", "90", "90", "")),
                new String[] {"100", "99.95"},
                new String[] {"按时足额发放工资", "按时足额发放", "", "", "", "", "", ""});
    }

    @Test
    void aSichuanExportOfTheProvincialSystemIsReadWithItsStatedFigures() throws Exception {
        Path f = write("四川自评表.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::sichuanExport);
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);

        assertThat(preview.kind()).isEqualTo(SourceKind.SELF_EVALUATION_WORKBOOK);
        assertThat(preview.fileName()).isEqualTo("四川自评表.xlsx");
        assertThat(preview.notFound()).isEmpty();
        assertThat(preview.found()).extracting(Found::source).containsExactly("工作表「安可替代补助」", "工作表「工资性支出」");
        Project p = (Project) preview.found().get(0).value();
        assertThat(preview.found().get(0).target()).isEqualTo(Targets.project("2023年全县安可替代补助资金项目"));
        assertThat(p.code()).isEqualTo("51092324T000010263357");
        assertThat(p.name()).isEqualTo("2023年全县安可替代补助资金项目");
        assertThat(p.competentDepartment()).isEqualTo("青神县发展和改革局本级");
        assertThat(p.implementingUnit()).isEqualTo("青神县发展和改革局");
        assertThat(p.funds()).containsOnlyKeys(FundSource.FISCAL);
        assertThat(p.funds(FundSource.FISCAL)).isEqualTo(new BudgetFigures(money("1200"), money("1200"), money("1150.5")));
        // the 0/0/0 总额 row is kept as the table states it, not replaced by the rows' sum
        assertThat(p.stated().totalInitial()).isEqualTo(Stated.of(money("0")));
        assertThat(p.stated().totalAdjusted()).isEqualTo(Stated.of(money("0")));
        assertThat(p.stated().totalExecuted()).isEqualTo(Stated.of(money("0")));
        assertThat(p.stated().executionRate().value()).isEqualByComparingTo("0");
        assertThat(p.stated().executionScore().value()).isEqualByComparingTo("0");
        assertThat(p.stated().totalScore().value()).isEqualByComparingTo("86.59");
        assertThat(p.executionWeight()).isEqualByComparingTo("10");
        assertThat(p.annualGoal()).isEqualTo("完成全县党政机关安可替代");
        assertThat(p.goalCompletion()).isEqualTo("完成45个单位替代");
        assertThat(p.implementationSummary()).isEqualTo("采购并部署替代终端");
        assertThat(p.evaluationConclusion()).isEqualTo("自评得分86.59分");
        assertThat(p.improvements()).isEqualTo("加强培训");
        assertThat(p.projectLead()).isEqualTo("王某");
        assertThat(p.financeLead()).isEqualTo("李某");

        assertThat(p.indicators()).hasSize(4);
        Indicator first = p.indicators().get(0);
        assertThat(first.target()).isEqualTo("1,000");
        assertThat(first.weight()).isEqualByComparingTo("30");
        assertThat(first.score()).isEqualByComparingTo("30");
        Indicator second = p.indicators().get(1);
        assertThat(second.level1()).isEqualTo("产出指标");
        assertThat(second.level2()).isEqualTo("数量指标");
        assertThat(second.nature()).isEqualTo(IndicatorNature.EQUAL);
        Indicator blank = p.indicators().get(2);
        assertThat(blank.level1()).isEqualTo("产出指标");
        assertThat(blank.level2()).isEqualTo("时效指标");
        assertThat(blank.score()).isNull();
        assertThat(blank.scoreBlank()).isTrue();
        assertThat(p.indicators().get(3).nature()).isEqualTo(IndicatorNature.QUALITATIVE);
        assertThat(p.indicators().get(3).deviationReason()).isEqualTo("部分单位培训不足");

        Project wages = (Project) preview.found().get(1).value();
        assertThat(wages.code()).isEqualTo("51000021R000000019951");
        assertThat(wages.indicators().get(0).nature()).as("指标性质 left blank: told by the value").isEqualTo(IndicatorNature.EQUAL);
        assertThat(wages.funds()).as("0.00 rows of unused sources add nothing").containsOnlyKeys(FundSource.FISCAL);
        assertThat(wages.stated().totalAdjusted()).isEqualTo(Stated.of(money("360")));
        assertThat(wages.stated().executionRate().value()).isEqualByComparingTo("99.47");
        assertThat(wages.stated().executionScore()).isEqualTo(Stated.blank());

        Report report = TestReports.sample().withProjects(List.of());
        List<Finding> r8b = Auditor.standard().audit(preview.applyAll(report)).stream()
                .filter(x -> x.ruleId().equals("R8b")).toList();
        assertThat(r8b).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("2023年全县安可替代补助资金项目", "“年初预算”填 0.00 万元，按各行应为 1200.00 万元",
                    "“预算执行数”填 0.00 万元，按各行应为 1150.50 万元");
        });
    }

    /** The instructions the provincial system prints in the 总额 row's 原因 cell. */
    static final String INSTRUCTIONS = "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            + "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.";

    /**
     * 青神县发展和改革局 2023年度 部门预算项目支出绩效自评表「工资性支出」, as published at
     * https://www.scqs.gov.cn/info/13206/211004.htm (domain.md S3): the provincial system's export with
     * its figures and texts as printed — 0.00 rows for unused sources, the 总额 得分, every indicator's
     * 完成值 and 得分 and the 合计 得分 left blank, and the form's prompts left in the text cells.
     */
    static void qingshenWages(Workbook wb) {
        ProvincialSheets.sichuan(wb, "工资性支出", "51000021R000000019951-工资性支出", "青神县发展和改革局本级",
                "青神县发展和改革局",
                List.of(new String[] {"总额", "238.93", "251.89", "251.89", "100.00%", "10", "", INSTRUCTIONS},
                        new String[] {"其中:财政资金", "238.93", "251.89", "251.89", "100.00%"},
                        new String[] {"财政专户管理资金", "0.00", "0.00", "0.00", "0.00%"},
                        new String[] {"单位资金", "0.00", "0.00", "0.00", "0.00%"},
                        new String[] {"其他资金", "", "", "", ""}),
                List.of(new Row3("产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "", "60", "", ""),
                        new Row3("效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "", "30", "", "")),
                new String[] {"100", ""},
                new String[] {"严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
                        "对照年度目标,说明相关任务目标的完成情况(100字以内)", "",
                        "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)",
                        "结合自评情况,分析存在的问题及原因。(200字以内)",
                        "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)", "", ""});
    }

    @Test
    void aRealPublishedSichuanTableIsReadWithItsBlanksForTheAudit() throws Exception {
        Path f = write("青神县发改局自评表.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::qingshenWages);
        Project p = (Project) new SelfEvaluationWorkbookReader().read(f).found().get(0).value();
        assertThat(p.code()).isEqualTo("51000021R000000019951");
        assertThat(p.name()).isEqualTo("工资性支出");
        assertThat(p.funds()).containsOnlyKeys(FundSource.FISCAL);
        assertThat(p.funds(FundSource.FISCAL)).isEqualTo(new BudgetFigures(money("238.93"), money("251.89"), money("251.89")));
        assertThat(p.stated().totalExecuted()).isEqualTo(Stated.of(money("251.89")));
        assertThat(p.stated().executionRate().value()).isEqualByComparingTo("100");
        assertThat(p.stated().executionScore()).isEqualTo(Stated.blank());
        assertThat(p.stated().totalScore()).isEqualTo(Stated.blank());
        assertThat(p.executionNote()).as("the form's printed instructions are not the clerk's 原因").isEmpty();
        assertThat(p.indicators()).hasSize(2).allSatisfy(i -> {
            assertThat(i.scoreBlank()).isTrue();
            assertThat(i.actual()).isEmpty();
        });
        assertThat(p.indicators()).extracting(Indicator::weight).map(BigDecimal::intValue).containsExactly(60, 30);
        assertThat(p.implementationSummary()).isEmpty();
        assertThat(p.goalCompletion()).startsWith("对照年度目标");

        List<Finding> findings = Auditor.standard().audit(TestReports.sample().withProjects(List.of(p)));
        assertThat(findings).filteredOn(x -> x.ruleId().equals("R8b")).isEmpty();
        assertThat(findings).filteredOn(x -> x.ruleId().equals("R11c")).hasSize(2);
        assertThat(findings).filteredOn(x -> x.ruleId().equals("R25")).isNotEmpty();
    }

    /**
     * 大英县司法局 2023年度「2023年全县安可替代补助资金项目」, as published at
     * https://dyxrmt.cn/article-157795-21.html (domain.md S4): 项目实施内容 beside its header, 总额 0.00 /
     * 3.36 / 3.36 (added mid-year), 实施单位 without (盖章). The readable text ends inside its one
     * indicator row after 指标值 100; 度量单位, 完成值, 权重 and 得分 are set here to "%", "100", 90, 90.
     */
    static void dayingSecurePc(Workbook wb) {
        ProvincialSheets.sichuan(wb, "安可替代", "51092324T000010263357-2023年全县安可替代补助资金项目", "大英县司法局部门",
                "大英县司法局",
                List.of(new String[] {"总额", "0.00", "3.36", "3.36", "100.00%", "10", "10", INSTRUCTIONS},
                        new String[] {"其中:财政资金", "0.00", "3.36", "3.36", "100.00%"},
                        new String[] {"财政专户管理资金", "0.00", "0.00", "0.00", "0.00%"},
                        new String[] {"单位资金", "0.00", "0.00", "0.00", "0.00%"},
                        new String[] {"其他资金", "", "", "", ""}),
                List.of(new Row3("产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100", "%", "100", "90", "90", "")),
                new String[] {"100", "100"},
                new String[] {"根据要求购买安可设备,并完成项目资金支付。", "完成", "2023年购买13台安可电脑,并于12月前完成资金支付。",
                        "", "", "", "", ""}, true);
    }

    @Test
    void theSummaryBesideItsHeaderAsInAnotherPublishedTable() throws Exception {
        Path f = write("大英县司法局自评表.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::dayingSecurePc);
        Project p = (Project) new SelfEvaluationWorkbookReader().read(f).found().get(0).value();
        assertThat(p.implementationSummary()).isEqualTo("2023年购买13台安可电脑,并于12月前完成资金支付。");
        assertThat(p.annualGoal()).isEqualTo("根据要求购买安可设备,并完成项目资金支付。");
        assertThat(p.goalCompletion()).isEqualTo("完成");
        assertThat(p.implementingUnit()).isEqualTo("大英县司法局");
        assertThat(p.funds(FundSource.FISCAL)).isEqualTo(new BudgetFigures(money("0"), money("3.36"), money("3.36")));
        assertThat(p.funds()).containsOnlyKeys(FundSource.FISCAL);
        assertThat(p.stated().executionScore().value()).isEqualByComparingTo("10");
        assertThat(Auditor.standard().audit(TestReports.sample().withProjects(List.of(p))))
                .filteredOn(x -> x.ruleId().equals("R8b")).isEmpty();
    }

    @Test
    void severalTablesOnOneSheetAreEachAProject() throws Exception {
        Path f = write("一表多项目.xlsx", new XSSFWorkbook(), wb -> {
            qingshenWages(wb);
            ProvincialSheets.sichuan(wb, "工资性支出", "51092324T000010263357-2023年全县安可替代补助资金项目", "大英县司法局部门",
                    "大英县司法局",
                    List.<String[]>of(new String[] {"总额", "0.00", "3.36", "3.36", "100.00%", "10", "10"},
                            new String[] {"其中:财政资金", "0.00", "3.36", "3.36", "100.00%"}),
                    List.of(new Row3("产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100", "%", "100", "90", "90", "")),
                    new String[] {"100", "100"}, new String[] {"", "", "", "", "", "", "查小兵", "唐勇"});
        });
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);
        assertThat(preview.found()).extracting(x -> ((Project) x.value()).name())
                .containsExactly("工资性支出", "2023年全县安可替代补助资金项目");
        assertThat(preview.found().get(0).source()).isEqualTo("工作表「工资性支出」第 1 张表（第 1 行起）");
        assertThat(preview.found().get(1).source()).startsWith("工作表「工资性支出」第 2 张表（第 ");
        Project second = (Project) preview.found().get(1).value();
        assertThat(second.projectLead()).isEqualTo("查小兵");
        assertThat(second.funds(FundSource.FISCAL).executed()).isEqualByComparingTo("3.36");
        Project first = (Project) preview.found().get(0).value();
        assertThat(first.indicators()).hasSize(2);
        assertThat(first.projectLead()).isEmpty();
    }

    // ---- (2) the national form: an invented department, several project sheets -------------

    static void nationalExport(Workbook wb) {
        ProvincialSheets.national(wb, "文化惠民演出", 2024, "文化惠民演出项目", "某市文化广电旅游局", "某市文化馆",
                List.of(new String[] {"年度资金总额", "80.00", "85.00", "82.45", "10", "97.00%", "9.70"},
                        new String[] {"其中：当年财政拨款", "80.00", "80.00", "77.45", "—", "96.81%", "—"},
                        new String[] {"上年结转资金", "", "5.00", "5.00", "—", "100.00%", "—"},
                        new String[] {"其他资金", "", "", "", "—", "", "—"}),
                new String[] {"全年送戏下乡120场", "完成送戏下乡126场"},
                List.of(new Row3("产出指标(50分)", "数量指标", "送戏下乡场次", "≥120场", "126场", "20", "20", ""),
                        new Row3("", "质量指标", "演出合格率", "=100%", "100%", "15", "15", ""),
                        new Row3("", "成本指标", "每场演出成本", "≤0.7万元", "0.65万元", "15", "15", ""),
                        new Row3("效益指标(30分)", "社会效益指标", "群众文化生活", "明显丰富", "有所丰富", "30", "25", "偏远乡镇场次偏少"),
                        new Row3("满意度指标(10分)", "服务对象满意度指标", "观众满意度", "≥90%", "93%", "10", "10", "")),
                new String[] {"100", "94.70"});
        ProvincialSheets.national(wb, "文物保护", 2024, "文物保护修缮项目", "某市文化广电旅游局", "某市文物保护中心",
                List.of(new String[] {"年度资金总额", "200.00", "180.00", "150.00", "10", "83.33%", "8.33"},
                        new String[] {"其中：本年财政拨款", "200.00", "180.00", "150.00", "—", "83.33%", "—"}),
                new String[] {"修缮文物点3处", "修缮完成2处，1处进行中"},
                List.of(new Row3("产出指标", "数量指标", "修缮文物点", "≥3处", "2处", "50", "33.33", "1处受雨季影响顺延"),
                        new Row3("效益指标", "社会效益指标", "文物安全", "无安全事故", "无安全事故", "40", "40", "")),
                new String[] {"100", ""});
    }

    @Test
    void aNationalWorkbookGivesProjectsWithIndicatorsAndScores() throws Exception {
        Path f = write("全国格式自评表.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::nationalExport);
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);
        assertThat(preview.found()).hasSize(2);
        assertThat(preview.found()).extracting(Found::source).containsExactly("工作表「文化惠民演出」", "工作表「文物保护」");

        Project show = (Project) preview.found().get(0).value();
        assertThat(show.name()).isEqualTo("文化惠民演出项目");
        assertThat(show.code()).isNull();
        assertThat(show.implementingUnit()).isEqualTo("某市文化馆");
        assertThat(show.funds(FundSource.FISCAL)).isEqualTo(new BudgetFigures(money("80"), money("80"), money("77.45")));
        assertThat(show.funds(FundSource.PRIOR_YEAR_CARRYOVER)).isEqualTo(new BudgetFigures(null, money("5"), money("5")));
        assertThat(show.funds()).doesNotContainKey(FundSource.OTHER);
        assertThat(show.stated().totalAdjusted()).isEqualTo(Stated.of(money("85")));
        assertThat(show.stated().executionRate().value()).isEqualByComparingTo("97");
        assertThat(show.stated().executionScore().value()).isEqualByComparingTo("9.7");
        assertThat(show.stated().totalScore().value()).isEqualByComparingTo("94.7");
        assertThat(show.annualGoal()).isEqualTo("全年送戏下乡120场");
        assertThat(show.goalCompletion()).isEqualTo("完成送戏下乡126场");
        assertThat(show.indicators()).extracting(Indicator::level1)
                .containsExactly("产出指标", "产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(show.indicators()).extracting(Indicator::nature).containsExactly(IndicatorNature.AT_LEAST,
                IndicatorNature.EQUAL, IndicatorNature.AT_MOST, IndicatorNature.QUALITATIVE, IndicatorNature.AT_LEAST);
        Indicator cost = show.indicators().get(2);
        assertThat(List.of(cost.level2(), cost.name(), cost.target(), cost.unit(), cost.actual()))
                .containsExactly("成本指标", "每场演出成本", "0.7", "万元", "0.65");
        assertThat(show.indicators().get(1).unit()).isEqualTo("%");
        Indicator culture = show.indicators().get(3);
        assertThat(List.of(culture.target(), culture.actual(), culture.deviationReason()))
                .containsExactly("明显丰富", "有所丰富", "偏远乡镇场次偏少");
        assertThat(culture.score()).isEqualByComparingTo("25");

        Project relics = (Project) preview.found().get(1).value();
        assertThat(relics.indicators()).hasSize(2);
        assertThat(relics.indicators().get(0).score()).isEqualByComparingTo("33.33");
        assertThat(relics.indicators().get(0).deviationReason()).isEqualTo("1处受雨季影响顺延");
        assertThat(relics.stated().totalScore()).isEqualTo(Stated.blank());
        assertThat(relics.funds()).containsOnlyKeys(FundSource.FISCAL);
    }

    @Test
    void severalNationalTablesOnOneSheetAreEachAProject() throws Exception {
        Path f = write("全国一表多项目.xls", new HSSFWorkbook(), wb -> {
            tangxiTable(wb);
            ProvincialSheets.national(wb, "委托业务项目", 2022, "第二个项目", "某镇人民政府", "某镇人民政府",
                    List.<String[]>of(new String[] {"年度资金总额", "10", "10", "9", "10", "90%", "9"},
                            new String[] {"其中：当年财政拨款", "10", "10", "9", "—", "90%", "—"}),
                    new String[] {"", ""}, List.of(new Row3("产出指标", "数量指标", "完成数", "≥10件", "9件", "90", "81", "")),
                    new String[] {"100", "90"});
        });
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);
        assertThat(preview.found()).extracting(x -> ((Project) x.value()).name()).containsExactly("委托业务项目", "第二个项目");
        assertThat(((Project) preview.found().get(0).value()).indicators()).hasSize(9);
        Project second = (Project) preview.found().get(1).value();
        assertThat(second.indicators()).singleElement().satisfies(i -> assertThat(i.score()).isEqualByComparingTo("81"));
        assertThat(second.stated().executionRate().value()).isEqualByComparingTo("90");
    }

    @Test
    void anXlsWorkbookReadsAsTheSameXlsx() throws Exception {
        Path xlsx = write("全国.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::nationalExport);
        Path xls = write("全国.xls", new HSSFWorkbook(), SelfEvaluationWorkbookReaderTest::nationalExport);
        List<Object> a = new SelfEvaluationWorkbookReader().read(xlsx).found().stream().map(Found::value).map(Object.class::cast).toList();
        List<Object> b = new SelfEvaluationWorkbookReader().read(xls).found().stream().map(Found::value).map(Object.class::cast).toList();
        assertThat(b).isEqualTo(a).hasSize(2);
    }

    // ---- a real published table ------------------------------------------------------------

    /**
     * 池州市贵池区棠溪镇人民政府 2022年度 项目支出绩效自评表「委托业务项目」, as published at
     * http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (domain.md S2): its figures and
     * indicator rows as printed, including its 年度资金总额 row of 0 / 0 / 0 over a 本年财政拨款 row of
     * 90 / 89.974 / 89.974, "≥100百分比" and the 经济效益指标 row left without an indicator. The text we
     * could read ends inside the 满意度指标 row, which is therefore left out here (so 总分 is not given).
     */
    static void tangxiTable(Workbook wb) {
        ProvincialSheets.national(wb, "委托业务项目", 2022, "委托业务项目", "219-池州市贵池区棠溪镇人民政府",
                "219001-池州市贵池区棠溪镇人民政府",
                List.of(new String[] {"年度资金总额:", "0", "0", "0", "10", "0", "0"},
                        new String[] {"其中:本年财政拨款", "90", "89.974", "89.974", "", "", ""},
                        new String[] {"上年结转资金", "", "", "", "", "", ""},
                        new String[] {"其他资金", "", "", "", "", "", ""}),
                new String[] {"本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。",
                        "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。"},
                List.of(new Row3("产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "8", "8", ""),
                        new Row3("", "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "8", ""),
                        new Row3("", "", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8", ""),
                        new Row3("", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "8", ""),
                        new Row3("", "成本指标", "项目总成本", "≤90万元", "90", "8", "8", ""),
                        new Row3("", "", "单项业务成本", "符合相关规定", "达成预期指标", "10", "10", ""),
                        new Row3("效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", "10", "10", ""),
                        new Row3("", "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", "10", "10", ""),
                        new Row3("", "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", "10", "10", ""),
                        new Row3("", "经济效益指标", "", "", "", "", "", "")),
                new String[] {"", ""});
    }

    @Test
    void aRealPublishedNationalTableIsReadAndItsZeroTotalRowReported() throws Exception {
        Path f = write("棠溪镇委托业务项目.xlsx", new XSSFWorkbook(), SelfEvaluationWorkbookReaderTest::tangxiTable);
        Project p = (Project) new SelfEvaluationWorkbookReader().read(f).found().get(0).value();
        assertThat(p.competentDepartment()).isEqualTo("219-池州市贵池区棠溪镇人民政府");
        assertThat(p.funds(FundSource.FISCAL)).isEqualTo(new BudgetFigures(money("90"), money("89.974"), money("89.974")));
        assertThat(p.stated().totalInitial()).isEqualTo(Stated.of(money("0")));
        assertThat(p.stated().executionRate().value()).isEqualByComparingTo("0");
        assertThat(p.indicators()).hasSize(9);
        Indicator rate = p.indicators().get(1);
        assertThat(List.of(rate.target(), rate.unit(), rate.actual())).containsExactly("100", "百分比", "100");
        Indicator compliance = p.indicators().get(2);
        assertThat(compliance.level2()).isEqualTo("质量指标");
        assertThat(compliance.nature()).isEqualTo(IndicatorNature.QUALITATIVE);
        assertThat(compliance.actual()).isEqualTo("达成预期指标");
        assertThat(p.indicators().get(4).nature()).isEqualTo(IndicatorNature.AT_MOST);
        assertThat(p.indicators().get(8).level1()).isEqualTo("效益指标");
        assertThat(p.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("80");

        Report report = TestReports.sample().withProjects(List.of(p));
        assertThat(Auditor.standard().audit(report)).filteredOn(x -> x.ruleId().equals("R8b")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("“年初预算”填 0.00 万元，按各行应为 90.00 万元"));
    }

    // ---- (3) our own exports ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = XlsxLayout.class, names = {"SICHUAN", "NATIONAL"})
    void ourOwnExportOfTheSampleGivesTheSampleProjects(XlsxLayout layout) throws Exception {
        Report sample = TestReports.sample();
        Path f = dir.resolve("sample-" + layout + ".xlsx");
        new XlsxExporter(new XlsxOptions(layout)).export(sample, f);
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);
        assertThat(preview.found().stream().map(x -> (Object) x.value()).toList())
                .isEqualTo(List.<Object>copyOf(sample.projects()));
        assertThat(preview.found().stream().map(x -> (Object) x.target()).toList())
                .isEqualTo(sample.projects().stream().map(p -> (Object) Targets.project(p.name())).toList());
        assertThat(preview.notFound()).isEmpty();
        assertThat(preview.notices()).anySatisfy(n -> assertThat(n).contains("汇总表", "已跳过"));
        assertThat(preview.changes(sample)).isEmpty();
        assertThat(preview.applyAll(sample.withProjects(List.of())).projects()).isEqualTo(sample.projects());
    }

    @Test
    void aProjectNamedLikeASummaryIsStillAProject() throws Exception {
        Report sample = TestReports.sample();
        Project renamed = sample.projects().get(1).withName("2023年度培训自评汇总表");
        Report r = sample.withProjects(List.of(renamed));
        for (XlsxLayout layout : List.of(XlsxLayout.SICHUAN, XlsxLayout.NATIONAL)) {
            Path f = dir.resolve("renamed-" + layout + ".xlsx");
            new XlsxExporter(new XlsxOptions(layout)).export(r, f);
            assertThat(new SelfEvaluationWorkbookReader().read(f).found()).singleElement()
                    .satisfies(x -> assertThat(x.value()).isEqualTo(renamed));
        }
    }

    // ---- (4) sheets that are not a project's -----------------------------------------------

    @Test
    void anUnrelatedSheetIsNamedInNotFound() throws Exception {
        Path f = write("带附表.xlsx", new XSSFWorkbook(), wb -> {
            nationalExport(wb);
            wb.createSheet("人员名单").createRow(0).createCell(0).setCellValue("姓名");
        });
        ImportPreview preview = new SelfEvaluationWorkbookReader().read(f);
        assertThat(preview.found()).hasSize(2);
        assertThat(preview.notFound()).singleElement().satisfies(n -> assertThat(n).contains("工作表「人员名单」", "未导入"));
    }

    @Test
    void aWorkbookWithoutAnyProjectSheetSaysWhatItsSheetsAre() throws Exception {
        Path f = write("决算表.xlsx", new XSSFWorkbook(), wb -> {
            wb.createSheet("收入支出决算总表").createRow(0).createCell(0).setCellValue("收入支出决算总表");
            wb.createSheet("Sheet2");
        });
        assertThatThrownBy(() -> new SelfEvaluationWorkbookReader().read(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageContaining("决算表.xlsx").hasMessageContaining("找不到项目支出绩效自评表")
                .hasMessageContaining("「收入支出决算总表」（其他表格）、「Sheet2」（其他表格）");
    }

    @Test
    void looksLikeSelfEvaluationTellsAProjectWorkbookFromAnother() throws Exception {
        try (XSSFWorkbook ours = new XSSFWorkbook(); HSSFWorkbook accounts = new HSSFWorkbook()) {
            sichuanExport(ours);
            accounts.createSheet("Z01").createRow(0).createCell(0).setCellValue("收入支出决算总表");
            // a 决算-style table with a 项目名称 and budget columns but no indicator block
            org.apache.poi.ss.usermodel.Sheet z = accounts.createSheet("项目支出表");
            z.createRow(0).createCell(0).setCellValue("项目名称");
            z.createRow(1).createCell(0).setCellValue("年初预算数");
            z.getRow(1).createCell(1).setCellValue("全年预算数");
            z.getRow(1).createCell(2).setCellValue("全年执行数");
            z.getRow(1).createCell(3).setCellValue("调整后预算数");
            z.getRow(1).createCell(4).setCellValue("预算执行数");
            assertThat(SelfEvaluationWorkbookReader.looksLikeSelfEvaluation(ours)).isTrue();
            assertThat(SelfEvaluationWorkbookReader.looksLikeSelfEvaluation(accounts)).isFalse();
        }
    }

    @Test
    void anXlsWithTooManyRowsIsRefusedBeforeItIsLoaded() throws Exception {
        Path f = write("巨表.xls", new HSSFWorkbook(), wb -> {
            nationalExport(wb);
            wb.getSheet("文物保护").createRow(60_000).createCell(0).setCellValue("x");
        });
        assertThatThrownBy(() -> new SelfEvaluationWorkbookReader().read(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageContaining("巨表.xls").hasMessageContaining("工作表「文物保护」").hasMessageContaining("上限 2000 行");
    }

    @Test
    void aPasswordProtectedXlsIsNamedAsSuch() throws Exception {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        Path f;
        try {
            f = write("加密.xls", new HSSFWorkbook(), SelfEvaluationWorkbookReaderTest::nationalExport);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> new SelfEvaluationWorkbookReader().read(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageContaining("加密.xls").hasMessageContaining("打开密码")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception", "null"));
    }

    @Test
    void aWordFileNamedXlsIsNamedAsSuch() throws Exception {
        Path f = dir.resolve("报告.xls");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             OutputStream out = Files.newOutputStream(f)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> new SelfEvaluationWorkbookReader().read(f)).isInstanceOf(WorkbookFormatException.class)
                .hasMessageContaining("报告.xls").hasMessageContaining("不是 Excel 工作簿");
    }

    private Path write(String name, Workbook wb, java.util.function.Consumer<Workbook> fill) throws Exception {
        Path f = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(f)) {
            fill.accept(wb);
            wb.write(out);
        }
        return f;
    }

    private static BigDecimal money(String s) {
        return org.selfeval.model.Money.of(s);
    }
}
