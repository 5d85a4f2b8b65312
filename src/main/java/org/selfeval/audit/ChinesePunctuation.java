package org.selfeval.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 规范标点: the punctuation of Chinese prose as GB/T 15834-2011 and GB/T 15835-2011 ask for it. One
 * pass over a text finds every slip and writes the corrected text, so what the audit reports is
 * exactly what the fix changes. Pure; no state.
 *
 * <ul>
 *   <li>half-width {@code , ; : ? ! .} next to Chinese text become {@code ，；：？！。} ({@code 1,223.58},
 *       {@code 10:30} and {@code 1.} between or after digits stay);</li>
 *   <li>a pair of half-width brackets around or beside Chinese text becomes {@code （）};</li>
 *   <li>double quotes in Chinese text are paired in order as {@code “…”}: straight quotes and
 *       curly quotes turned the wrong way are corrected (mixed quotes);</li>
 *   <li>a stray {@code 、} before {@code 及 / 以及} ("A、B、及C") is dropped;</li>
 *   <li>full-width digits and Latin letters ({@code １２２３．５８}) become half-width.</li>
 * </ul>
 */
public final class ChinesePunctuation {
    /** What kind of slip. */
    public enum Kind {
        HALF_WIDTH("半角标点"),
        BRACKETS("半角括号"),
        QUOTES("引号不规范"),
        STRAY_COMMA("多余的顿号"),
        FULL_WIDTH("全角数字或字母");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One slip: where in the original text and what it was. */
    public record Slip(Kind kind, int index, String found) {
    }

    /** The corrected text and the slips found. */
    public record Result(String text, List<Slip> slips) {
        public boolean clean() {
            return slips.isEmpty();
        }

        /** Count of slips by kind, in {@link Kind} order. */
        public Map<Kind, Integer> counts() {
            Map<Kind, Integer> n = new EnumMap<>(Kind.class);
            slips.forEach(s -> n.merge(s.kind(), 1, Integer::sum));
            return n;
        }
    }

    private ChinesePunctuation() {
    }

    /** The text with 规范标点; unchanged when there is nothing to correct. */
    public static String normalize(String text) {
        return check(text).text();
    }

    public static Result check(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text, List.of());
        }
        char[] out = text.toCharArray();
        boolean[] drop = new boolean[out.length];
        List<Slip> slips = new ArrayList<>();
        halfWidthMarks(text, out, drop, slips);
        brackets(text, out, slips);
        quotes(text, out, slips);
        strayCommas(text, drop, slips);
        fullWidth(text, out, slips);
        slips.sort(java.util.Comparator.comparingInt(Slip::index));
        if (slips.isEmpty()) {
            return new Result(text, List.of());
        }
        StringBuilder b = new StringBuilder(out.length);
        for (int i = 0; i < out.length; i++) {
            if (!drop[i]) {
                b.append(out[i]);
            }
        }
        return new Result(b.toString(), List.copyOf(slips));
    }

    private static void halfWidthMarks(String s, char[] out, boolean[] drop, List<Slip> slips) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int p = prev(s, i);
            int n = next(s, i);
            char before = p < 0 ? 0 : s.charAt(p);
            char after = n >= s.length() ? 0 : s.charAt(n);
            char full = switch (c) {
                case ',' -> digit(before) && digit(after) ? 0 : '，';
                case ':' -> digit(before) && digit(after) || after == '/' ? 0 : '：';
                case ';' -> '；';
                case '?' -> '？';
                case '!' -> '！';
                case '.' -> han(before) && (after == 0 || chinese(after)) ? '。' : 0;
                default -> 0;
            };
            if (full == 0 || c != '.' && !chinese(before) && !chinese(after)) {
                continue;
            }
            out[i] = full;
            slips.add(new Slip(Kind.HALF_WIDTH, i, String.valueOf(c)));
            for (int k = p + 1; k < i; k++) {
                drop[k] = true; // the spaces typed around a half-width mark
            }
            for (int k = i + 1; k < Math.min(n, s.length()); k++) {
                drop[k] = true;
            }
        }
    }

    private static void brackets(String s, char[] out, List<Slip> slips) {
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int close = s.indexOf(')', open + 1);
            int nested = s.indexOf('(', open + 1);
            if (close < 0 || nested >= 0 && nested < close) {
                continue;
            }
            int p = prev(s, open);
            int n = next(s, close);
            boolean chineseAround = p >= 0 && chinese(s.charAt(p)) || n < s.length() && chinese(s.charAt(n))
                    || containsHan(s, open + 1, close);
            if (chineseAround) {
                out[open] = '（';
                out[close] = '）';
                slips.add(new Slip(Kind.BRACKETS, open, s.substring(open, close + 1)));
            }
        }
    }

    private static void quotes(String s, char[] out, List<Slip> slips) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                marks.add(i);
            }
        }
        for (int k = 0; k + 1 < marks.size(); k += 2) {
            int open = marks.get(k);
            int close = marks.get(k + 1);
            int p = prev(s, open);
            int n = next(s, close);
            boolean chineseAround = p >= 0 && chinese(s.charAt(p)) || n < s.length() && chinese(s.charAt(n))
                    || containsHan(s, open + 1, close);
            if (!chineseAround || s.charAt(open) == '“' && s.charAt(close) == '”') {
                continue;
            }
            out[open] = '“';
            out[close] = '”';
            slips.add(new Slip(Kind.QUOTES, open, s.substring(open, close + 1)));
        }
    }

    private static void strayCommas(String s, boolean[] drop, List<Slip> slips) {
        for (int i = s.indexOf('、'); i >= 0; i = s.indexOf('、', i + 1)) {
            String rest = s.substring(i + 1);
            boolean stray = rest.startsWith("以及")
                    || rest.startsWith("及") && !rest.startsWith("及时") && !rest.startsWith("及格") && !rest.startsWith("及早");
            if (stray) {
                drop[i] = true;
                slips.add(new Slip(Kind.STRAY_COMMA, i, rest.startsWith("以及") ? "、以及" : "、及"));
            }
        }
    }

    private static void fullWidth(String s, char[] out, List<Slip> slips) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
            boolean point = c == '．' && i > 0 && i + 1 < s.length() && fullDigit(s.charAt(i - 1)) && fullDigit(s.charAt(i + 1));
            if (alnum || point) {
                out[i] = (char) (c - 0xFEE0);
                slips.add(new Slip(Kind.FULL_WIDTH, i, String.valueOf(c)));
            }
        }
    }

    /** Index of the nearest character before i that is not a space, or -1. */
    private static int prev(String s, int i) {
        int k = i - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return k;
    }

    /** Index of the nearest character after i that is not a space, or the length. */
    private static int next(String s, int i) {
        int k = i + 1;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static boolean containsHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (han(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean fullDigit(char c) {
        return c >= '０' && c <= '９';
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A Chinese character or a full-width Chinese punctuation mark. */
    private static boolean chinese(char c) {
        return han(c) || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF0F' || c >= '\uFF1A' && c <= '\uFF20'
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }
}
