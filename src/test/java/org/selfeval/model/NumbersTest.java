package org.selfeval.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    /** The pattern Numbers used before it got a scanner; the scanner must read exactly the same. */
    private static final Pattern REFERENCE =
            Pattern.compile("^[^0-9\\-]*(-?[0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*[^0-9]*$");

    private static Optional<BigDecimal> reference(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replace(",", "").replace("，", "")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "95 | 95", "≥95% | 95", "1,200 | 1200", "1，200 | 1200", "12月 | 12", "-5 | -5", "a-5 | -5",
            "1. | 1", "1.5. | 1.5", "  98.27%  | 98.27", "≤ 60 万元 | 60", "5-10 | null", "1.2.3 | null",
            "a-b5 | null", "--5 | null", "完成 | null", "９５ | null", "'' | null", "1,.5 | 1.5", ",5 | 5"})
    void readsOneNumber(String text, String expected) {
        assertThat(Numbers.parse(text)).isEqualTo(Optional.ofNullable(expected).map(BigDecimal::new));
        assertThat(Numbers.parse(text)).isEqualTo(reference(text));
    }

    @Test
    void sameAsTheReferencePatternOnRandomText() {
        String alphabet = "0123456789-.,，% ≥≤个月元万a ";
        Random random = new Random(20231231);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(8);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Numbers.parse(s)).as("'%s'", s).isEqualTo(reference(s));
        }
    }
}
