package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.Targets;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.StaffCategory;

/**
 * Reports of other departments and provinces (see SOURCE.md beside them): their own outline, figures in
 * their own sentences, sections the outline does not have.
 */
class PublishedReportOtherProvincesTest {
    static final Path DIR = Path.of("src/test/resources/org/selfeval/intake/published");

    @Test
    void hunanNanxianZhengxie2021() throws Exception {
        ImportPreview preview = new PublishedReportReader().read(DIR.resolve("hunan-nanxian-zhengxie-2021.txt"));
        Map<String, Found<?>> found = PublishedReportSampleTest.byKey(preview);

        assertThat(preview.notices()).anyMatch(n -> n.contains("湖南省"));
        assertThat(found.get(Targets.DEPARTMENT_NAME.key().value()).value()).isEqualTo("南县政协");
        assertThat(found.get(Targets.YEAR.key().value()).value()).isEqualTo(2021);
        PublishedReportSampleTest.assertMoney(found, Targets.PERSONNEL_EXPENSES.key().value(), "434.89");
        PublishedReportSampleTest.assertMoney(found, Targets.PUBLIC_EXPENSES.key().value(), "77.4");
        PublishedReportSampleTest.assertMoney(found, Targets.expenditure(ExpenditureCategory.PROJECT).key().value(), "286.83");
        PublishedReportSampleTest.assertMoney(found, Targets.SCORE.key().value(), "92");
        // 收入 and 支出 have no section of their own here: their paragraphs are placed by what they state
        assertThat((String) found.get(Targets.INCOME_TEXT.key().value()).value()).startsWith("1、收入:792.22万元");
        assertThat((String) found.get(Targets.EXPENDITURE_TEXT.key().value()).value()).startsWith("2、支出:799.12万元");
        assertThat((String) found.get(Targets.TARGETS_TEXT.key().value()).value()).startsWith("县政协围绕县委").doesNotContain("绩效评价工作");
        assertThat((String) found.get(Targets.CONCLUSION_TEXT.key().value()).value()).contains("自评得分92分");
        assertThat((String) found.get(Targets.RECTIFICATION.key().value()).value()).startsWith("对自评中发现的问题");
        // 财政拨款收入 is the three 财政拨款 sources together: no single source is taken from it
        assertThat(found.keySet()).noneMatch(k -> k.startsWith("finances.income."));
        assertThat(preview.notFound()).anyMatch(s -> s.contains("绩效评价工作情况"));
        assertThat(preview.notFound()).anyMatch(s -> s.contains("没有找到标题") && s.contains("机构设置"));
    }

    @Test
    void gansuPingliangZhengxie2024() throws Exception {
        ImportPreview preview = new PublishedReportReader().read(DIR.resolve("gansu-pingliang-zhengxie-2024.txt"));
        Map<String, Found<?>> found = PublishedReportSampleTest.byKey(preview);

        assertThat(found.get(Targets.DEPARTMENT_NAME.key().value()).value()).isEqualTo("政协平凉市委员会办公室");
        assertThat(found.get(Targets.YEAR.key().value()).value()).isEqualTo(2024);
        PublishedReportSampleTest.assertMoney(found, Targets.expenditure(ExpenditureCategory.BASIC).key().value(), "1076.17");
        PublishedReportSampleTest.assertMoney(found, Targets.expenditure(ExpenditureCategory.PROJECT).key().value(), "216.40");
        PublishedReportSampleTest.assertMoney(found, Targets.PERSONNEL_EXPENSES.key().value(), "896.34");
        PublishedReportSampleTest.assertMoney(found, Targets.PUBLIC_EXPENSES.key().value(), "179.83");
        PublishedReportSampleTest.assertMoney(found, Targets.SCORE.key().value(), "95.6");
        // the 编制 stand in 机构设置: 行政 30, 事业 5, 行政事业 12 (neither kind alone); the total 47 has no target
        assertThat(found.get(Targets.establishment(StaffCategory.ADMINISTRATIVE).key().value()).value()).isEqualTo(30);
        assertThat(found.get(Targets.establishment(StaffCategory.INSTITUTION).key().value()).value()).isEqualTo(5);
        assertThat(found.get(Targets.establishment(StaffCategory.OTHER).key().value()).value()).isEqualTo(12);
        assertThat(found.get(Targets.establishment(StaffCategory.ADMINISTRATIVE).key().value()).source()).contains("行政编制30名");
        assertThat((String) found.get(Targets.FUNCTIONS.key().value()).value()).startsWith("政协平凉市委员会是");
        assertThat((String) found.get(Targets.ORGANIZATION.key().value()).value()).startsWith("市政协办公室为市级一级预算单位");
        assertThat((String) found.get(Targets.DUTY_INTRO.key().value()).value()).startsWith("全年组织专题协商");
        assertThat((String) found.get(Targets.PROBLEMS.key().value()).value()).startsWith("部分项目的绩效目标");
        assertThat((String) found.get(Targets.SUGGESTIONS.key().value()).value()).startsWith("细化项目绩效目标");
        assertThat(found.keySet()).doesNotContain(Targets.INCOME_TEXT.key().value());
        assertThat(preview.notFound()).anyMatch(s -> s.contains("部门收入情况"));
    }
}
