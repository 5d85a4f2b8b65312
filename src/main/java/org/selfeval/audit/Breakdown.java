package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a 收入 or 支出 paragraph ("收入合计T万元，其中：A a万元，占p%；…") against the figures it
 * restates. Used by R1/R2 (income) and R3a/R3b (expenditure).
 */
final class Breakdown {
    /** One part of the breakdown as it is in the figures. */
    record Part(String label, BigDecimal amount) {
    }

    private Breakdown() {
    }

    /** Mismatches of the written total and written part amounts; {@code what} is 收入 or 支出. */
    static List<String> amountMismatches(String text, String what, BigDecimal total, List<Part> parts) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String totalLabel = what + "合计";
        TextFigures.amountAfter(text, totalLabel).ifPresent(f -> {
            if (!Compare.sameAmount(f.value(), total)) {
                out.add(what + "段落写" + totalLabel + " " + f.written() + " 万元，但各项合计 " + Compare.money(total) + " 万元");
            }
        });
        for (Part part : parts) {
            TextFigures.amountAfter(text, part.label()).ifPresent(f -> {
                if (!Compare.sameAmount(f.value(), part.amount())) {
                    out.add(what + "段落写" + part.label() + " " + f.written() + " 万元，但填报数为 " + Compare.money(part.amount()) + " 万元");
                }
            });
        }
        return out;
    }

    /** Mismatches of the written shares "占p%" with part / total × 100. */
    static List<String> shareMismatches(String text, String what, BigDecimal total, List<Part> parts) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Part part : parts) {
            Optional<TextFigures.Figure> amount = TextFigures.amountAfter(text, part.label());
            if (amount.isEmpty()) {
                continue;
            }
            Optional<TextFigures.Figure> share = TextFigures.shareAt(text, amount.get().end());
            if (share.isEmpty()) {
                continue;
            }
            TextFigures.Figure s = share.get();
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
