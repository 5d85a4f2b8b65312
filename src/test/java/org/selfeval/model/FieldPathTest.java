package org.selfeval.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {
    @Test
    void readsTheDottedFormIntoNamesAndPositionsAndWritesItBack() {
        FieldPath p = FieldPath.of("projects[1].indicators[3].actual");
        assertThat(p.steps()).containsExactly("projects", 1, "indicators", 3, "actual");
        assertThat(p).hasToString("projects[1].indicators[3].actual");
        assertThat(FieldPath.of("finances.income.GENERAL_PUBLIC_BUDGET").steps())
                .containsExactly("finances", "income", "GENERAL_PUBLIC_BUDGET");
        assertThat(FieldPath.of("")).isEqualTo(FieldPath.NONE);
        assertThat(FieldPath.of(null).isEmpty()).isTrue();
        assertThat(FieldPath.NONE.field("projects").item(2).field("name")).isEqualTo(FieldPath.of("projects[2].name"));
    }

    @Test
    void comparesStepByStepSoNoNameOrPositionIsAPrefixOfALongerOne() {
        assertThat(FieldPath.of("projects[12].name").isWithin(FieldPath.of("projects[1]"))).isFalse();
        assertThat(FieldPath.of("projects[1].name").isWithin(FieldPath.of("projects[1]"))).isTrue();
        assertThat(FieldPath.of("finances.incomeTotal").isWithin(FieldPath.of("finances.income"))).isFalse();
        assertThat(FieldPath.of("finances.income.FISCAL").isWithin(FieldPath.of("finances.income"))).isTrue();
        assertThat(FieldPath.of("projects").isWithin(FieldPath.of("projects[0]"))).isFalse();
        assertThat(FieldPath.of("anything").isWithin(FieldPath.NONE)).isTrue();
    }

    @Test
    void climbsToTheEnclosingPathAndKnowsAListItem() {
        FieldPath p = FieldPath.of("projects[3].name");
        assertThat(p.parent()).isEqualTo(FieldPath.of("projects[3]"));
        assertThat(p.parent().isItem()).isTrue();
        assertThat(p.parent().parent()).isEqualTo(FieldPath.of("projects"));
        assertThat(p.parent().parent().isItem()).isFalse();
        assertThat(FieldPath.NONE.parent()).isEqualTo(FieldPath.NONE);
        assertThat(p.indexAfter("projects")).contains(3);
        assertThat(p.indexAfter("basics")).isEmpty();
        assertThat(FieldPath.of("projects").indexAfter("projects")).isEmpty();
    }

    @Test
    void keepsMalformedTextAsOneNameSoItStillRoundTrips() {
        for (String odd : List.of("projects[x].name", "a..b", ".a", "a.", "a[1]b", "a[", "a[1].[2]")) {
            FieldPath p = FieldPath.of(odd);
            assertThat(p.steps()).as(odd).containsExactly(odd);
            assertThat(p).as(odd).hasToString(odd);
        }
        assertThatThrownBy(() -> new FieldPath(List.of("a", -1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldPath(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    }
}
