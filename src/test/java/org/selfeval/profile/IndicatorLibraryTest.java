package org.selfeval.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorLibraryTest {
    final IndicatorLibrary library = IndicatorLibrary.standard();

    @Test
    void theShippedLibraryHasTheNationalTreeAndTheTreeWithCostIndicators() {
        IndicatorLibrary.Tree national = library.tree("national-2020").orElseThrow();
        assertThat(national.level1Names()).containsExactly("产出指标", "效益指标", "满意度指标");
        assertThat(national.level2Of("产出指标")).containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        IndicatorLibrary.Tree cost = library.tree("cost-2021").orElseThrow();
        assertThat(cost.level1Names()).contains("成本指标");
        assertThat(cost.level2Of("成本指标")).containsExactly("经济成本指标", "社会成本指标", "生态环境成本指标");
        assertThat(cost.level2Of("产出指标")).doesNotContain("成本指标");
    }

    @Test
    void eachProfileHasItsDefaultTree() {
        assertThat(library.treeFor("sichuan").id()).isEqualTo("cost-2021");
        assertThat(library.treeFor("national").id()).isEqualTo("national-2020");
        assertThat(library.treeFor("somewhere-else").id()).isEqualTo(library.trees().get(0).id());
    }

    @Test
    void level2AnywhereJoinsTheTreesWithoutRepeats() {
        assertThat(library.level2Anywhere("产出指标")).containsExactly("数量指标", "质量指标", "时效指标", "成本指标");
        assertThat(library.level2Anywhere("不存在")).isEmpty();
    }

    @Test
    void aLibraryFileWithoutTreesIsRefusedInChinese() {
        var in = new ByteArrayInputStream("{\"trees\": []}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> IndicatorLibrary.read(in)).hasRootCauseMessage("指标库中没有任何指标体系");
    }
}
