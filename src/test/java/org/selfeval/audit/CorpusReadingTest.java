package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.ListCount;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/** The recogniser reads exactly the figures written down by hand for each published paragraph. */
class CorpusReadingTest {
    static Stream<Corpus.Paragraph> paragraphs() {
        return Corpus.paragraphs().stream();
    }

    @Test
    void theCorpusIsLargeAndVaried() {
        List<Corpus.Paragraph> all = Corpus.paragraphs();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(Corpus.Paragraph::province).distinct()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().map(Corpus.Paragraph::level).distinct()).containsExactlyInAnyOrder("department", "project");
        assertThat(all).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void readsExactlyTheFiguresWrittenDownByHand(Corpus.Paragraph p) {
        Reading reading = Recogniser.read(p.text());
        List<Figure> read = reading.figures();
        String got = read.stream().map(f -> f.kind() + "|" + f.label() + "|" + f.written() + "|" + f.unit().written()
                + (f.noun().isEmpty() ? "" : "|" + f.noun())).collect(Collectors.joining("\n"));
        assertThat(read).as("figures read:\n%s", got).hasSameSizeAs(p.figures());
        for (int i = 0; i < read.size(); i++) {
            Figure f = read.get(i);
            Corpus.Stated s = p.figures().get(i);
            assertThat(f.kind().name() + "|" + f.written() + "|" + f.unit().written()).as("figure %d of\n%s", i, got)
                    .isEqualTo(s.kind() + "|" + s.written() + "|" + s.unit());
            assertThat(s.labelMatches(f.label())).as("label of figure %d: read «%s», written down «%s»", i, f.label(), s.label()).isTrue();
            if (!s.kind().equals("CHANGE")) {
                assertThat(f.noun()).as("noun of figure %d", i).isEqualTo(s.noun());
            }
        }
        assertThat(reading.lists()).extracting(l -> l.said() + "|" + l.listed()).containsExactlyElementsOf(p.lists());
        assertThat(reading.grades()).containsExactlyElementsOf(p.grades());
    }

    @Test
    void gradesAreReadAfterTheirWord() {
        assertThat(Recogniser.read("项目自评得分92分，评价等级为“优”。评价中期发现问题。").grades()).containsExactly("优");
        assertThat(Recogniser.read("综合评定为良好等次，结果为合格。").grades()).containsExactly("良好", "合格");
    }

    @Test
    void fullWidthDigitsAndPunctuationReadAsHalfWidth() {
        Reading reading = Recogniser.read("２０２３年度收入合计１１２３．５８万元，其中：一般公共预算财政拨款收入１１２３．５８万元，占１００％。");
        assertThat(reading.figures()).extracting(f -> f.kind() + "|" + f.label() + "|" + f.written())
                .containsExactly("AMOUNT|收入合计|1123.58", "AMOUNT|一般公共预算财政拨款收入|1123.58", "SHARE|一般公共预算财政拨款收入|100");
    }

    @Test
    void amountsInYuanAndYiYuanAreReadInWanYuan() {
        Reading reading = Recogniser.read("基本支出881300.39元,项目支出1.2亿元,其他12,345.6万元。");
        assertThat(reading.figures()).extracting(f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly("88.130039", "12000", "12345.6");
    }

    @Test
    void aListEndingWithDengIsNotComplete() {
        List<ListCount> lists = Recogniser.read("下设3个科室(办公室、财务室等)。").lists();
        assertThat(lists).singleElement().satisfies(l -> assertThat(l.agrees()).isTrue());
    }
}
