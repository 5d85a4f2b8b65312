package org.selfeval.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the words around a figure's label: a leading year or enumerator ("2023年度", "(一)", "1."),
 * "其中", "本年", and a trailing "为" / "是" / "达到" / "共计", so that "2022年本年收入合计" and
 * "收入合计为" are both "收入合计".
 */
final class Labels {
    private static final Pattern LEADING = Pattern.compile(
            "^(?:\\d{4}\\s*年(?:度)?(?:末|底|初)?|[(]?[一二三四五六七八九十]+[)、.]|\\(\\d+\\)|\\d+[.、)]|[-—]+)");
    private static final List<String> LEADING_WORDS = List.of("其中", "另有", "含", "本年度", "本年", "当年", "本单位", "本部门",
            "我局", "我单位", "我中心", "本项目");
    private static final List<String> TRAILING_WORDS = List.of("为", "是", "达到", "达", "共计", "共", "约", "仅", "了");
    private static final List<String> CHANGE_WORDS = List.of("增长", "下降", "增加", "减少", "降低", "提高", "上升", "增幅",
            "降幅", "减幅", "调增", "调减", "增长了", "下降了", "增加了", "减少了");

    private Labels() {
    }

    /** The label without the words around it. */
    static String core(String raw) {
        String s = raw.replaceAll("\\s+", "");
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            var m = LEADING.matcher(s);
            if (m.find() && m.end() > 0) {
                s = s.substring(m.end());
                changed = true;
            }
            for (String w : LEADING_WORDS) {
                if (s.startsWith(w)) {
                    s = s.substring(w.length());
                    changed = true;
                }
            }
            for (String w : TRAILING_WORDS) {
                if (s.endsWith(w) && s.length() > w.length()) {
                    s = s.substring(0, s.length() - w.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /** Whether the label says the figure is a change ("较上年增长", "同比减少"). */
    static boolean isChange(String core) {
        for (String w : CHANGE_WORDS) {
            if (core.endsWith(w)) {
                return true;
            }
        }
        return core.contains("同比") || core.contains("相比") || core.startsWith("较") || core.startsWith("比上年");
    }

    /** For "占本年支出合计的": what the share is of ("本年支出合计"), or null when the label is not a share. */
    static String shareBase(String core) {
        if (!core.startsWith("占")) {
            return null;
        }
        String base = core.startsWith("占比") ? core.substring(2) : core.substring(1);
        return base.endsWith("的") ? base.substring(0, base.length() - 1) : base;
    }
}
