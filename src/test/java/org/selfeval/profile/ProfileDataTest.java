package org.selfeval.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Grade;
import org.selfeval.model.GradeBands;

/** Profiles are data: bands, forms and outlines come from the JSON, and a broken outline is refused. */
class ProfileDataTest {

    // 财预〔2020〕10号 / 财政部预算司 bands 90/80/60, and the 80/70/60 some systems use.
    @ParameterizedTest(name = "{0} 分 → {1} (90/80/60), {2} (80/70/60)")
    @CsvSource({
            "100, EXCELLENT, EXCELLENT", "90, EXCELLENT, EXCELLENT", "89.99, GOOD, EXCELLENT", "80, GOOD, EXCELLENT",
            "79.99, FAIR, GOOD", "70, FAIR, GOOD", "69.99, FAIR, FAIR", "60, FAIR, FAIR", "59.99, POOR, POOR", "0, POOR, POOR",
    })
    void gradeBandsAreASetting(String score, Grade national, Grade lower) {
        GradeBands other = new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(70), BigDecimal.valueOf(60));
        assertThat(RegionalProfile.NATIONAL.gradeOf(new BigDecimal(score))).isEqualTo(national);
        assertThat(other.gradeOf(new BigDecimal(score))).isEqualTo(lower);
    }

    @Test
    void bandsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new GradeBands(BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(60)))
                .hasMessageContaining("等级分数线");
    }

    @Test
    void eachShippedProfileSaysItsFormAndOutline() {
        assertThat(RegionalProfile.available()).extracting(RegionalProfile::projectForm)
                .containsExactly(ProjectForm.SICHUAN, ProjectForm.NATIONAL, ProjectForm.NATIONAL, ProjectForm.ANHUI);
        assertThat(RegionalProfile.HUNAN.outline().chapters()).extracting(OutlineSection::title).containsExactly(
                "部门基本情况", "部门整体支出管理及使用情况", "部门整体支出绩效情况", "存在的问题及原因分析", "下一步改进措施",
                "部门整体支出绩效自评结果拟应用和公开情况");
        assertThat(RegionalProfile.SICHUAN.outline().chapters()).extracting(OutlineSection::title).containsExactly(
                "部门基本情况", "部门财政资金收支情况", "部门整体绩效管理情况", "评价结论及建议");
        for (RegionalProfile p : RegionalProfile.available()) {
            assertThat(p.basis()).as(p.id()).isNotBlank();
            assertThat(IndicatorLibrary.standard().tree(p.indicatorTree())).as(p.id()).isPresent();
        }
    }

    @Test
    void anOutlineThatLeavesOutAPartOrPrintsOneTwiceIsRefused() {
        List<OutlineSection> all = new ArrayList<>(RegionalProfile.SICHUAN.outline().chapters());
        List<OutlineSection> missing = new ArrayList<>(all.subList(0, 3));
        assertThatThrownBy(() -> new Outline(missing)).hasMessageContaining("没有安排")
                .hasMessageContaining("CONCLUSION");
        List<OutlineSection> twice = new ArrayList<>(all);
        twice.add(new OutlineSection("再来一次", true, List.of(OutlinePart.PROBLEMS), List.of()));
        assertThatThrownBy(() -> new Outline(twice)).hasMessageContaining("不止一次");
        Set<OutlinePart> seen = EnumSet.noneOf(OutlinePart.class);
        collect(RegionalProfile.HUNAN.outline().chapters(), seen);
        assertThat(seen).containsExactlyInAnyOrder(OutlinePart.values());
    }

    private static void collect(List<OutlineSection> sections, Set<OutlinePart> out) {
        for (OutlineSection s : sections) {
            out.addAll(s.parts());
            collect(s.sections(), out);
        }
    }
}
