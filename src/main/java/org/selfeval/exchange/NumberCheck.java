package org.selfeval.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selfeval.model.Money;

/**
 * Checks every number of a report tree before it is mapped, so that a refused figure is reported
 * with its exact field (report.finances.income.GENERAL_PUBLIC_BUDGET), not only the record that
 * holds it. No number of the format may be negative. Amounts (万元) keep up to six decimals and may
 * also be written as text with their unit ("2,350,000.50元"), which is converted here, exactly;
 * points and percentages keep up to four; every other number is a whole number.
 */
final class NumberCheck {
    private enum Kind { MONEY, POINTS, PERCENT, WHOLE }

    /** Fields (or containers) whose numbers are amounts in 万元. */
    private static final Set<String> MONEY = Set.of("income", "expenditure", "carryover", "funds", "publicExpenses",
            "statedIncomeTotal", "statedExpenditureTotal", "priorIncomeTotal", "priorExpenditureTotal",
            "personnelExpenses", "totalInitial", "totalAdjusted", "totalExecuted",
            "threePublicPrior", "threePublicBudget", "threePublicActual", "budgetInitial", "budgetAdjusted", "budgetAdded",
            "procurementPlanned", "procurementActual", "keyExpenditure", "threePublicParts");
    /** Fields whose numbers are points (分). */
    private static final Set<String> POINTS = Set.of("score", "weight", "executionWeight", "executionScore", "totalScore");
    /** Fields whose numbers are percentages. */
    private static final Set<String> PERCENT = Set.of("executionRate");

    private NumberCheck() {
    }

    static void check(JsonNode node, String path, boolean inMoney, String source) throws ReportFormatException {
        check(node, path, inMoney ? Kind.MONEY : Kind.WHOLE, source);
    }

    private static void check(JsonNode node, String path, Kind kind, String source) throws ReportFormatException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            node.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> f : fields) {
                Kind inner = kind == Kind.MONEY ? Kind.MONEY : kindOf(f.getKey(), kind);
                if (inner == Kind.MONEY && f.getValue().isTextual() && !f.getValue().asText().isEmpty()) {
                    ((ObjectNode) node).set(f.getKey(), amount(f.getValue().asText(), path + "." + f.getKey(), source));
                }
                check(node.get(f.getKey()), path + "." + f.getKey(), inner, source);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (kind == Kind.MONEY && node.get(i).isTextual()) {
                    ((ArrayNode) node).set(i, amount(node.get(i).asText(), path + "[" + i + "]", source));
                }
                check(node.get(i), path + "[" + i + "]", kind, source);
            }
        } else if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            String what = switch (kind) {
                case MONEY -> "金额";
                case POINTS -> "分值";
                case PERCENT -> "百分比";
                case WHOLE -> "数值";
            };
            if (value.signum() < 0) {
                throw new ReportFormatException(source, path, what + "不能为负数：" + value.toPlainString());
            }
            int scale = value.stripTrailingZeros().scale();
            switch (kind) {
                case MONEY -> {
                    try {
                        Money.normalize(value);
                    } catch (IllegalArgumentException e) {
                        throw new ReportFormatException(source, path, e.getMessage());
                    }
                }
                case POINTS, PERCENT -> {
                    if (scale > 4) {
                        throw new ReportFormatException(source, path, what + "最多保留四位小数：" + value.toPlainString());
                    }
                }
                case WHOLE -> {
                    if (scale > 0) {
                        throw new ReportFormatException(source, path, what + "应为整数：" + value.toPlainString());
                    }
                }
            }
        }
    }

    private static Kind kindOf(String key, Kind outer) {
        if (MONEY.contains(key)) {
            return Kind.MONEY;
        }
        if (POINTS.contains(key)) {
            return Kind.POINTS;
        }
        if (PERCENT.contains(key)) {
            return Kind.PERCENT;
        }
        return outer == Kind.WHOLE ? Kind.WHOLE : outer;
    }

    private static JsonNode amount(String text, String path, String source) throws ReportFormatException {
        try {
            return DecimalNode.valueOf(Money.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ReportFormatException(source, path, e.getMessage());
        }
    }
}
