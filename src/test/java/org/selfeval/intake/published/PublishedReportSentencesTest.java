package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.Targets;
import org.selfeval.model.FundSource;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.StaffCategory;

/** Sentences the sample does not have: 结余 and 年初结转结余, 上级补助收入, 离退休人员, a project named on its own line. */
class PublishedReportSentencesTest {
    @TempDir
    Path dir;

    @Test
    void theLessCommonSentencesLandInTheirTargets() throws Exception {
        String report = String.join("\n",
                "某县文化广播电视和旅游局2023年度部门整体支出绩效自评报告",
                "一、部门基本情况",
                "（一）机构组成。本局内设5个股室，下属事业单位2个。",
                "（二）机构职能和人员概况",
                "1.机构职能。负责全县文化、广播电视和旅游工作。",
                "2.人员概况。核定行政编制10名，事业编制25名。年末实有在职人员33人，其中行政人员9人、事业人员24人。离退休人员15人。",
                "二、部门财政资金收支情况",
                "（一）部门财政资金收入情况",
                "2023年度收入合计1500.00万元，其中：一般公共预算财政拨款收入1400.00万元，占93.33%；上级补助收入100.00万元，占6.67%。",
                "（三）部门财政资金结转结余情况",
                "2023年末结转和结余12.50万元，其中基本支出结转2.00万元，项目支出结转10.00万元，结余0.50万元；年初结转和结余20.00万元。",
                "三、部门整体绩效管理情况",
                "（二）特定目标类项目绩效分析",
                "2.预算100万元及以上项目情况",
                "（1）公共文化服务体系建设",
                "年初预算数120万元，调整后预算数118.5万元，预算执行数118.5万元，执行率100%。用于乡镇综合文化站免费开放。",
                "四、评价结论及建议",
                "（一）评价结论。自评得分88.5分，评价等级为良。");
        Path file = dir.resolve("文旅局.txt");
        Files.writeString(file, report, StandardCharsets.UTF_8);

        ImportPreview preview = new PublishedReportReader().read(file);
        Map<String, Found<?>> found = PublishedReportSampleTest.byKey(preview);

        assertThat(found.get(Targets.DEPARTMENT_NAME.key().value()).value()).isEqualTo("某县文化广播电视和旅游局");
        PublishedReportSampleTest.assertMoney(found, Targets.income(IncomeSource.GENERAL_PUBLIC_BUDGET).key().value(), "1400");
        PublishedReportSampleTest.assertMoney(found, Targets.income(IncomeSource.SUPERIOR_SUBSIDY).key().value(), "100");
        PublishedReportSampleTest.assertMoney(found, Targets.CARRYOVER_BASIC.key().value(), "2");
        PublishedReportSampleTest.assertMoney(found, Targets.CARRYOVER_PROJECT.key().value(), "10");
        PublishedReportSampleTest.assertMoney(found, Targets.CARRYOVER_SURPLUS.key().value(), "0.5");
        PublishedReportSampleTest.assertMoney(found, Targets.CARRYOVER_PRIOR_TOTAL.key().value(), "20");
        PublishedReportSampleTest.assertMoney(found, Targets.SCORE.key().value(), "88.5");
        assertThat(found.get(Targets.establishment(StaffCategory.ADMINISTRATIVE).key().value()).value()).isEqualTo(10);
        assertThat(found.get(Targets.establishment(StaffCategory.INSTITUTION).key().value()).value()).isEqualTo(25);
        assertThat(found.get(Targets.actualStaff(StaffCategory.ADMINISTRATIVE).key().value()).value()).isEqualTo(9);
        assertThat(found.get(Targets.actualStaff(StaffCategory.INSTITUTION).key().value()).value()).isEqualTo(24);
        assertThat(found.get(Targets.RETIREES.key().value()).value()).isEqualTo(15);
        assertThat(preview.notices()).noneMatch(n -> n.contains("两者不符"));

        Project p = (Project) found.get(Targets.project("公共文化服务体系建设").key().value()).value();
        assertThat(p.funds(FundSource.FISCAL).initial()).isEqualByComparingTo("120");
        assertThat(p.funds(FundSource.FISCAL).adjusted()).isEqualByComparingTo("118.5");
        assertThat(p.funds(FundSource.FISCAL).executed()).isEqualByComparingTo("118.5");
        assertThat(p.reportText()).isEqualTo("用于乡镇综合文化站免费开放。");
        assertThat(p.competentDepartment()).isEqualTo("某县文化广播电视和旅游局");
    }
}
