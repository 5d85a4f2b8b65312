package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The department's name from the title lines or the cover, in the forms reports print it. */
class PublishedReportTitleTest {
    @Test
    void nameBeforeTheYear() {
        assertThat(name("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告")).isEqualTo("乐山市营商环境服务管理局");
        assertThat(name("关于南县财政局2020年度部门整体支出绩效评价的报告")).isEqualTo("南县财政局");
    }

    @Test
    void yearBeforeTheName() {
        assertThat(name("2023年度乐山市营商环境服务管理局部门整体支出绩效自评报告")).isEqualTo("乐山市营商环境服务管理局");
    }

    @Test
    void aTitleOnTwoLines() {
        assertThat(TitleLine.departmentName(List.of("青神县发展和改革局", "2023年度部门整体支出绩效自评报告")).orElseThrow().name())
                .isEqualTo("青神县发展和改革局");
    }

    @Test
    void aCoverLine() {
        assertThat(TitleLine.departmentName(List.of("岳阳市2018年度部门整体支出", "绩效评价自评报告", "部门(单位)名称:  岳阳市城市管理监督指挥中心"))
                .orElseThrow().name()).isEqualTo("岳阳市城市管理监督指挥中心");
    }

    @Test
    void noTitle() {
        assertThat(TitleLine.departmentName(List.of("各科室：", "现将有关事项通知如下。"))).isEmpty();
    }

    private static String name(String title) {
        return TitleLine.departmentName(List.of(title)).orElseThrow().name();
    }
}
