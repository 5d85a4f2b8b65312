package org.selfeval.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Indicator;

/** Indicator rows matched by name (the n-th row of a name with the n-th): added, removed, changed. */
final class IndicatorRowsDiff {
    private IndicatorRowsDiff() {
    }

    static void rows(DiffCollector d, String field, List<Indicator> before, List<Indicator> after) {
        Map<String, Indicator> a = byName(before);
        Map<String, Indicator> b = byName(after);
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        for (String k : keys) {
            Indicator x = a.get(k);
            Indicator y = b.get(k);
            String at = field + " · " + label(x == null ? y : x);
            if (x == null) {
                d.presence(at + "（新增行）", null, summary(y));
            } else if (y == null) {
                d.presence(at + "（删除行）", summary(x), null);
            } else if (!x.equals(y)) {
                d.value(at + " · 一级指标", x.level1(), y.level1());
                d.value(at + " · 二级指标", x.level2(), y.level2());
                d.value(at + " · 指标性质", x.nature() == null ? null : x.nature().symbol(), y.nature() == null ? null : y.nature().symbol());
                d.text(at + " · 指标值", x.target(), y.target());
                d.text(at + " · 单位", x.unit(), y.unit());
                d.text(at + " · 完成值", x.actual(), y.actual());
                d.money(at + " · 权重", x.weight(), y.weight());
                d.money(at + " · 得分", x.score(), y.score());
                d.value(at + " · 定性等级", x.grade() == null ? null : x.grade().label(), y.grade() == null ? null : y.grade().label());
                d.text(at + " · 偏差原因", x.deviationReason(), y.deviationReason());
            }
        }
    }

    private static Map<String, Indicator> byName(List<Indicator> rows) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Indicator> out = new LinkedHashMap<>();
        for (Indicator i : rows) {
            String name = i.name() == null ? "" : i.name().strip();
            int n = seen.merge(name, 1, Integer::sum);
            out.put(name + "#" + n, i);
        }
        return out;
    }

    private static String label(Indicator i) {
        String name = i.name() == null || i.name().isBlank() ? "（未命名指标）" : i.name().strip();
        return "“" + DiffCollector.shorten(name) + "”";
    }

    private static String summary(Indicator i) {
        String target = i.target() == null ? "" : i.target();
        String unit = i.unit() == null ? "" : i.unit();
        return DiffCollector.shorten(label(i) + " " + target + unit);
    }
}
