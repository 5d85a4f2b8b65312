package org.selfeval.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TsvTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a\tb\r\nc\td\r\n", List.of(List.of("a", "b"), List.of("c", "d"))),
                Arguments.of("a\tb\nc\td", List.of(List.of("a", "b"), List.of("c", "d"))),
                Arguments.of("单格", List.of(List.of("单格"))),
                Arguments.of("a\t\tc\n", List.of(List.of("a", "", "c"))),
                Arguments.of("\"两行\n内容\"\tx\n", List.of(List.of("两行\n内容", "x"))),
                Arguments.of("\"说\"\"好\"\"的\"\ty\n", List.of(List.of("说\"好\"的", "y"))),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsWhatExcelAndWpsPutOnTheClipboard(String text, List<List<String>> rows) {
        assertThat(Tsv.parse(text)).isEqualTo(rows);
    }

    @ParameterizedTest
    @MethodSource("multi")
    void knowsWhenTheClipboardHoldsMoreThanOneCell(String text, boolean multi) {
        assertThat(Tsv.isMultiCell(text)).isEqualTo(multi);
    }

    static Stream<Arguments> multi() {
        return Stream.of(Arguments.of("一格", false), Arguments.of("一格\r\n", false), Arguments.of("a\tb", true),
                Arguments.of("a\nb", true), Arguments.of(null, false));
    }
}
