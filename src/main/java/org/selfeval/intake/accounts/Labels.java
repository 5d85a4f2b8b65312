package org.selfeval.intake.accounts;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label text as compared (标签归一): full-width forms folded (（ → (), spaces and quotes dropped, and
 * a leading number ("一、", "（一）", "1.") or "其中：" taken off, so "一、一般公共预算财政拨款收入" and
 * "其中： 公务用车购置费" match the aliases "一般公共预算财政拨款收入" and "公务用车购置费".
 */
final class Labels {
    private static final Pattern SPACES_AND_QUOTES = Pattern.compile("[\\s\\u00a0\"'“”‘’「」]+");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十0-9]+\\)|[0-9]+[、.](?![0-9])|其中:?)");

    private Labels() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String t = SPACES_AND_QUOTES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        String before;
        do {
            before = t;
            t = LEADING.matcher(t).replaceFirst("");
        } while (!t.equals(before));
        return t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
    }
}
