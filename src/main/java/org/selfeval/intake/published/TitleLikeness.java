package org.selfeval.intake.published;

import java.util.HashMap;
import java.util.Map;
import org.selfeval.recognise.Recogniser;

/**
 * How alike two heading titles are (标题相似度), from 0 to 1: the share of two-character pieces they
 * have in common (Dice), after dropping spaces, punctuation and quotes; 0.9 when one holds the whole of
 * the other; 0.85 when they differ only by 情况 / 概况 / 基本情况 ("部门概况", "部门基本情况").
 * "100万以上项目" and "预算100万元及以上项目情况" come to 0.6, "机构组成" and "机构组成" to 1.
 */
final class TitleLikeness {
    private TitleLikeness() {
    }

    static double of(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        String cx = core(x);
        String cy = core(y);
        if (cx.length() >= 2 && cx.equals(cy)) {
            return 0.85;
        }
        if (Math.min(x.length(), y.length()) >= 4 && (x.contains(y) || y.contains(x))
                && Math.max(x.length(), y.length()) <= 2 * Math.min(x.length(), y.length())) {
            return 0.9;
        }
        Map<String, Integer> pieces = pieces(x);
        int common = 0;
        for (int i = 0; i + 2 <= y.length(); i++) {
            String piece = y.substring(i, i + 2);
            Integer n = pieces.get(piece);
            if (n != null && n > 0) {
                common++;
                pieces.put(piece, n - 1);
            }
        }
        return 2.0 * common / (Math.max(1, x.length() - 1) + Math.max(1, y.length() - 1));
    }

    private static String plain(String s) {
        return Recogniser.normalise(s).replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    /** Without the words every heading may add: "部门概况" and "部门基本情况" are both 部门. */
    private static String core(String s) {
        return s.replace("基本情况", "").replace("情况", "").replace("概况", "");
    }

    private static Map<String, Integer> pieces(String s) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            map.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return map;
    }
}
