package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * Checks a 收入 or 支出 paragraph ("收入合计T万元，其中：A a万元，占p%；…", "收入:T万元。其中:财政拨款收入
 * a万元") against the figures it restates, as the recogniser reads them. Used by R1/R2 (income) and
 * R3a/R3b (expenditure).
 */
final class Breakdown {
    /**
     * One part of the breakdown as it is in the figures.
     *
     * @param label  the name in messages
     * @param words  the labels a text may give it
     * @param amount the figure
     * @param shared whether a "占p%" after it is checked (not for a sum of parts such as 财政拨款收入)
     */
    record Part(String label, Set<String> words, BigDecimal amount, boolean shared) {
        Part(String label, Set<String> words, BigDecimal amount) {
            this(label, words, amount, true);
        }
    }

    private Breakdown() {
    }

    /** Mismatches of the written total and written part amounts; {@code what} is 收入 or 支出. */
    static List<String> amountMismatches(String text, String what, Set<String> totalWords, BigDecimal total, List<Part> parts) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Reading reading = Recogniser.read(text);
        reading.first(Kind.AMOUNT, totalWords).ifPresent(f -> {
            if (!Compare.sameAmount(f, total)) {
                out.add(what + "段落写" + what + "合计 " + f.shown() + "，但各项合计 " + Compare.money(total) + " 万元");
            }
        });
        for (Part part : parts) {
            reading.first(Kind.AMOUNT, part.words()).ifPresent(f -> {
                if (!Compare.sameAmount(f, part.amount())) {
                    out.add(what + "段落写" + part.label() + " " + f.shown() + "，但填报数为 " + Compare.money(part.amount()) + " 万元");
                }
            });
        }
        return out;
    }

    /** Whether the paragraph states the total or one of the parts. */
    static boolean compares(String text, Set<String> totalWords, List<Part> parts) {
        Reading reading = Recogniser.read(text);
        return reading.first(Kind.AMOUNT, totalWords).isPresent()
                || parts.stream().anyMatch(p -> reading.first(Kind.AMOUNT, p.words()).isPresent());
    }

    /** Mismatches of the written shares "占p%" with part / total × 100. */
    static List<String> shareMismatches(String text, String what, Set<String> totalWords, BigDecimal total, List<Part> parts) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Reading reading = Recogniser.read(text);
        for (Part part : parts) {
            Optional<Figure> amount = reading.first(Kind.AMOUNT, part.words());
            Optional<Figure> share = amount.filter(a -> part.shared()).flatMap(reading::shareAfter)
                    .filter(s -> s.noun().isEmpty() || totalWords.contains(s.noun()));
            if (share.isEmpty()) {
                continue;
            }
            Figure s = share.get();
            if (total.signum() == 0) {
                if (s.value().signum() != 0) {
                    out.add(what + "段落写" + part.label() + "占 " + s.written() + "%，但" + what + "合计为 0");
                }
                continue;
            }
            BigDecimal exact = org.selfeval.model.Percent.of(part.amount(), total).orElseThrow();
            if (!Compare.samePercent(s.value(), s.decimals(), exact)) {
                out.add(what + "段落写" + part.label() + "占 " + s.written() + "%，按 " + Compare.money(part.amount()) + " ÷ "
                        + Compare.money(total) + " 应为 " + Compare.percent(exact));
            }
        }
        return out;
    }
}
