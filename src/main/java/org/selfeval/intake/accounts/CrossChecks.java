package org.selfeval.intake.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The layout's cross-table checks (跨表核对) on what was read: each real difference is one notice
 * naming both tables and both figures; differences of exactly 0.01 (in the tables' own unit) are the
 * rounding of published tables and are gathered into one notice. A check with a figure not read is
 * skipped (the missing figure is listed as not found).
 */
final class CrossChecks {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private CrossChecks() {
    }

    static List<String> run(List<Layout.Check> checks, Map<String, ReadFigure> read) {
        List<String> notices = new ArrayList<>();
        List<String> tails = new ArrayList<>();
        for (Layout.Check check : checks) {
            List<ReadFigure> left = figures(check.left(), read);
            List<ReadFigure> right = figures(check.right(), read);
            if (left == null || right == null) {
                continue;
            }
            String unit = unitOf(left, right);
            BigDecimal a = sum(left, unit);
            BigDecimal b = sum(right, unit);
            BigDecimal diff = a.subtract(b).abs();
            if (diff.signum() == 0) {
                continue;
            }
            String pair = describe(left, a, unit) + " 与 " + describe(right, b, unit);
            if (diff.compareTo(CENT) == 0) {
                tails.add(pair);
            } else {
                notices.add(pair + " 不一致，相差 " + AmountReader.show(diff, unit) + "，请核对决算表");
            }
        }
        if (!tails.isEmpty()) {
            notices.add(tails.size() + " 处相差 0.01 的尾差（四舍五入所致）：" + String.join("；", tails));
        }
        return notices;
    }

    private static List<ReadFigure> figures(List<String> ids, Map<String, ReadFigure> read) {
        List<ReadFigure> out = ids.stream().map(read::get).toList();
        return out.stream().anyMatch(Objects::isNull) ? null : out;
    }

    /** The tables' common unit; 万元 when they differ. */
    private static String unitOf(List<ReadFigure> left, List<ReadFigure> right) {
        List<String> units = java.util.stream.Stream.concat(left.stream(), right.stream()).map(ReadFigure::unit).distinct().toList();
        return units.size() == 1 ? units.get(0) : AmountReader.WAN_YUAN;
    }

    private static BigDecimal sum(List<ReadFigure> figures, String unit) {
        BigDecimal total = BigDecimal.ZERO;
        for (ReadFigure f : figures) {
            total = total.add(f.unit().equals(unit) ? f.amount() : f.wan());
        }
        return total;
    }

    private static String describe(List<ReadFigure> figures, BigDecimal total, String unit) {
        String table = figures.get(0).table();
        boolean oneTable = figures.stream().allMatch(f -> f.table().equals(table));
        String what = figures.size() == 1
                ? table + "「" + figures.get(0).spec().label() + "」（" + figures.get(0).cell() + "）"
                : oneTable ? table + "「" + figures.stream().map(f -> f.spec().label()).collect(Collectors.joining("」+「")) + "」"
                : figures.stream().map(f -> f.table() + "「" + f.spec().label() + "」").collect(Collectors.joining("+"));
        return what + " " + AmountReader.show(total, unit);
    }
}
