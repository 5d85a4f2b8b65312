package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.RegionalProfile;

/** Cells copied from a spreadsheet into the department sheet (Sichuan's assumed sheet: five 定性 rows). */
class SheetPasteTest {
    private static DepartmentSheetDefinition sheet(Report r) {
        return RegionalProfile.forId(r.profile()).departmentSheet();
    }

    private static String score(Report r, String row) {
        return r.departmentSheet().entry(row).map(SheetEntry::score).map(b -> b.stripTrailingZeros().toPlainString()).orElse("");
    }

    @Test
    void aBlockCopiedWithItsHeadingTakesScoresAndNotesByColumn() throws Exception {
        Report r = TestReports.sample();
        String clip = "一级指标\t二级指标\t三级指标\t权重\t自评得分\t扣分原因\n"
                + "绩效目标\t目标管理\t绩效目标制定情况\t10\t9\t目标不够细化\r\n"
                + "预算执行\t及时处置\t及时处置情况\t10\t8.5\t\n"
                + "预算执行\t预算完成\t预算执行率\t15\t15\t\n";
        SheetPaste.Result res = SheetPaste.paste(r, sheet(r), clip);
        assertThat(score(res.report(), "绩效目标制定情况")).isEqualTo("9");
        assertThat(res.report().departmentSheet().entry("绩效目标制定情况").orElseThrow().note()).isEqualTo("目标不够细化");
        assertThat(score(res.report(), "及时处置情况")).isEqualTo("8.5");
        assertThat(res.scored()).isEqualTo(2);
        assertThat(res.noted()).isEqualTo(1);
        assertThat(res.problems()).singleElement().asString().contains("预算执行率", "由公式计算");
    }

    @Test
    void linesNamingRowsTakeTheLastNumberAfterTheNameAsTheScore() throws Exception {
        Report r = TestReports.sample();
        SheetPaste.Result res = SheetPaste.paste(r, sheet(r), "预决算公开\t5\t4\t未按时公开\n违规记录\t5\t6\n不存在的指标\t3\n");
        assertThat(score(res.report(), "预决算公开")).isEqualTo("4");
        assertThat(res.report().departmentSheet().entry("预决算公开").orElseThrow().note()).isEqualTo("未按时公开");
        assertThat(score(res.report(), "违规记录")).isEqualTo(score(r, "违规记录"));
        assertThat(res.problems()).hasSize(2);
        assertThat(res.problems().get(0)).contains("违规记录", "6", "0～5");
        assertThat(res.problems().get(1)).contains("第 3 行", "没有本表的指标名称");
    }

    @Test
    void aColumnOfNumbersScoresTheQualitativeRowsInOrder() throws Exception {
        Report r = TestReports.sample();
        SheetPaste.Result res = SheetPaste.paste(r, sheet(r), "10\n27.5\n9\nx\n1\n");
        assertThat(score(res.report(), "绩效目标制定情况")).isEqualTo("10");
        assertThat(score(res.report(), "目标实现情况")).isEqualTo("27.5");
        assertThat(score(res.report(), "及时处置情况")).isEqualTo("9");
        assertThat(score(res.report(), "违规记录")).isEqualTo("1");
        assertThat(res.problems()).anySatisfy(p -> assertThat(p).contains("“x”不是得分"));
        assertThat(res.problems()).noneSatisfy(p -> assertThat(p).contains("多出"));
        SheetPaste.Result more = SheetPaste.paste(r, sheet(r), "1\n1\n1\n1\n1\n1\n");
        assertThat(more.problems()).singleElement().asString().contains("多出");
    }

    @Test
    void nothingUsableChangesNothing() throws Exception {
        Report r = TestReports.sample();
        assertThat(SheetPaste.paste(r, sheet(r), "  \n").changedAnything()).isFalse();
        assertThat(SheetPaste.paste(r, sheet(r), "  \n").report()).isSameAs(r);
        assertThat(SheetPaste.paste(r, sheet(r), "目标实现情况\t30\t3.125").problems()).singleElement().asString().contains("两位小数");
    }
}
