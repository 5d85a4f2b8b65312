package org.selfeval.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks every number of a report tree before it is mapped, so that a refused figure is reported
 * with its exact field (report.finances.income.GENERAL_PUBLIC_BUDGET), not only the record that
 * holds it. No number of the format may be negative; decimals allow at most two places.
 */
final class NumberCheck {
    /** Containers whose numbers are amounts (万元). */
    private static final Set<String> MONEY = Set.of("income", "expenditure", "carryover", "funds", "publicExpenses");
    /** Fields whose numbers are points (分). */
    private static final Set<String> POINTS = Set.of("score", "weight", "executionWeight");

    private NumberCheck() {
    }

    static void check(JsonNode node, String path, boolean inMoney, String source) throws ReportFormatException {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                check(f.getValue(), path + "." + f.getKey(), inMoney || MONEY.contains(f.getKey()), source);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", inMoney, source);
            }
        } else if (node.isNumber()) {
            String what = inMoney ? "金额" : POINTS.contains(lastName(path)) ? "分值" : "数值";
            if (node.decimalValue().signum() < 0) {
                throw new ReportFormatException(source, path, what + "不能为负数：" + node.decimalValue().toPlainString());
            }
            if (node.decimalValue().stripTrailingZeros().scale() > 2) {
                throw new ReportFormatException(source, path, what + "最多保留两位小数：" + node.decimalValue().toPlainString());
            }
        }
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
