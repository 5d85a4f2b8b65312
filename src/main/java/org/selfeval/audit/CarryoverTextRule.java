package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.selfeval.model.Carryover;
import org.selfeval.model.Money;
import org.selfeval.model.Report;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * R4a: the 结转 paragraph's total and its 基本支出结转 / 项目支出结转 agree with the figures. The total is
 * the first amount labelled "…结转" or "…结转和结余" that is not 上年 (last year's) nor one of the parts.
 */
public final class CarryoverTextRule implements AuditRule, ReadsText {
    static final String ID = "R4a";
    static final Location WHERE = new Location(Location.FINANCES, "finances.carryoverText");
    private static final String SOURCE = "结转结余 = 基本支出结转 + 项目支出结转 + 结余";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.finances().carryoverText();
        Carryover c = report.finances().carryover();
        List<Finding> out = new ArrayList<>();
        if (text == null || (c.basic() == null && c.project() == null && c.surplus() == null)) {
            return out;
        }
        Reading reading = Recogniser.read(text);
        reading.all(Kind.AMOUNT).stream().filter(f -> Terms.isCarryoverTotal(f.label())).findFirst().ifPresent(f -> {
            if (!Compare.sameAmount(f, c.total())) {
                out.add(error("结转段落写年末结转 " + f.shown() + "，但基本支出结转 " + Money.format(Money.orZero(c.basic()))
                        + " + 项目支出结转 " + Money.format(Money.orZero(c.project()))
                        + (c.surplus() == null ? "" : " + 结余 " + Money.format(c.surplus())) + " = " + Compare.money(c.total()) + " 万元"));
            }
        });
        part(out, reading, "基本支出结转", Terms.BASIC_CARRYOVER, c.basic());
        part(out, reading, "项目支出结转", Terms.PROJECT_CARRYOVER, c.project());
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        String text = report.finances().carryoverText();
        if (text == null) {
            return List.of();
        }
        Reading reading = Recogniser.read(text);
        Carryover c = report.finances().carryover();
        boolean figures = c.basic() != null || c.project() != null || c.surplus() != null;
        boolean compared = figures && reading.all(Kind.AMOUNT).stream().anyMatch(f -> Terms.isCarryoverTotal(f.label())
                || Terms.BASIC_CARRYOVER.contains(f.label()) || Terms.PROJECT_CARRYOVER.contains(f.label()));
        return List.of(new Read(WHERE, text, compared));
    }

    private static void part(List<Finding> out, Reading reading, String label, Set<String> words, BigDecimal figure) {
        reading.first(Kind.AMOUNT, words).ifPresent(f -> {
            BigDecimal value = Money.orZero(figure);
            if (!Compare.sameAmount(f, value)) {
                out.add(error("结转段落写" + label + " " + f.shown() + "，但填报数为 " + Compare.money(value) + " 万元"));
            }
        });
    }

    private static Finding error(String message) {
        return new Finding(ID, Severity.ERROR, message, WHERE, SOURCE);
    }
}
