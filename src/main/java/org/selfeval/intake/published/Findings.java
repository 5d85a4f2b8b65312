package org.selfeval.intake.published;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Target;
import org.selfeval.intake.TargetKey;
import org.selfeval.intake.Targets;

/**
 * What the reading of one report has found so far (识别结果汇总): each target once (the first place
 * that states it wins; a later, different value is a notice), what was looked for and not found, and
 * the notices; in the end a preview in the report's order.
 */
final class Findings {
    private final Map<TargetKey, Found<?>> found = new LinkedHashMap<>();
    private final List<String> notFound = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    <V> void add(Target<V> target, V value, String source) {
        Found<?> earlier = found.get(target.key());
        if (earlier == null) {
            found.put(target.key(), new Found<>(target, value, source));
        } else if (!same(earlier.value(), value)) {
            notices.add(target.label() + "：报告中有两处不同的数字，取了前一处（" + earlier.after() + "），后一处为 "
                    + target.show(value) + "（" + source + "）");
        }
    }

    /** The value for the target, replacing one found before (a sum that grows as its parts are read). */
    <V> void put(Target<V> target, V value, String source) {
        found.put(target.key(), new Found<>(target, value, source));
    }

    boolean has(Target<?> target) {
        return found.containsKey(target.key());
    }

    void notFound(String what) {
        notFound.add(what);
    }

    void notice(String what) {
        notices.add(what);
    }

    void notices(List<String> more) {
        notices.addAll(more);
    }

    ImportPreview preview(String fileName) {
        List<TargetKey> order = Targets.all().stream().map(Target::key).toList();
        List<Found<?>> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparingInt(f -> {
            int i = order.indexOf(f.target().key());
            return i < 0 ? order.size() : i;
        }));
        return new ImportPreview(fileName, SourceKind.PUBLISHED_REPORT, sorted, notFound, notices);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }
}
