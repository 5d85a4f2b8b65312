package org.selfeval.recognise;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures a paragraph of a report states and what each is about. The text is first put
 * in NFKC form (full-width digits and punctuation become half-width: "１２３．４５万元，占７８％" is read
 * as "123.45万元,占78%"). A figure is a number with its unit (元 / 万元 / 亿元, %, 人 / 名, 个 / 项 / 类 / 家,
 * 分); its label is the text before it back to the last punctuation mark or figure, without a leading
 * year or "其中" and a trailing "为" (see {@link Labels}). Forms read:
 * <ul>
 * <li>"收入合计1123.58万元,其中:一般公共预算财政拨款收入1123.58万元,占100%" (Sichuan);
 * <li>"1、收入:792.22万元。…其中:财政拨款收入792.22万元" (a label before a colon, Hunan);
 * <li>"基本支出预算 881300.39 元,占一般公共预算支出的96.74%" (元, a share of a named base);
 * <li>"较2020年度决算数减少157.86万元,下降29.2%" (changes, kept apart from the amounts);
 * <li>"年初批复预算8个项目985万元" (an amount after a count shares the count's label);
 * <li>"各下降23.51%、38.28%" (a figure right after 、 shares the label of the one before);
 * <li>"使用非财政拨款结余(含专用结余)0.00万元" (a label before a bracket);
 * <li>"内设2个中队,即A、B" and the other list forms of {@link ListCount}.
 * </ul>
 * A number without a unit (a year, "1.", "4125.49,4143.91万元"'s first half) is not a figure.
 */
public final class Recogniser {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元|%|人(?!次)|名|个(?!百分点)|项|类|家|分(?![钟别之]))");
    private static final String BOUNDARIES = ",。;:、()[]【】\n\r\t“”\"'《》!?";
    private static final int MAX_LABEL = 32;
    private static final int MAX_NOUN = 12;

    private Recogniser() {
    }

    /** The text in the form the recogniser reads it (NFKC). */
    public static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    public static Reading read(String paragraph) {
        String text = normalise(paragraph);
        List<Figure> figures = new ArrayList<>();
        if (text.isEmpty()) {
            return new Reading(text, figures, List.of());
        }
        List<MatchResultView> matches = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            matches.add(new MatchResultView(m.start(1), m.end(), m.group(1), m.group(2)));
        }
        int previousEnd = 0;
        String inherited = null;
        for (int i = 0; i < matches.size(); i++) {
            MatchResultView v = matches.get(i);
            Unit unit = Unit.of(v.unit());
            int labelStart = labelStart(text, Math.max(previousEnd, v.numberStart() - MAX_LABEL), v.numberStart());
            String raw = text.substring(labelStart, v.numberStart());
            char before = labelStart > 0 ? text.charAt(labelStart - 1) : 0;
            Figure previous = figures.isEmpty() ? null : figures.get(figures.size() - 1);
            boolean listed = raw.isBlank() && before == '、' && previous != null && previous.end() == labelStart - 1;
            if (raw.isBlank() && (before == ':' || before == ')' && unit.kind() == Kind.AMOUNT) && labelStart - 1 > previousEnd) {
                int close = labelStart - 1;
                int open = before == ')' ? text.lastIndexOf('(', close) : close;
                if (open > previousEnd) {
                    int from = labelStart(text, Math.max(previousEnd, open - MAX_LABEL), open);
                    raw = text.substring(from, open);
                    labelStart = from;
                }
            }
            String core = Labels.core(raw);
            if (core.isEmpty() && inherited != null && raw.isBlank() && labelStart == previousEnd) {
                core = inherited;
            }
            inherited = null;
            Kind kind = unit.kind();
            if (listed) {
                core = previous.label();
                if (previous.kind() == Kind.CHANGE && (kind == Kind.AMOUNT || kind == Kind.PERCENT)) {
                    kind = Kind.CHANGE;
                }
            }
            String noun = "";
            int end = v.end();
            String base = Labels.shareBase(core);
            if (kind == Kind.CHANGE) {
                noun = "";
            } else if ((kind == Kind.AMOUNT || kind == Kind.PERCENT) && Labels.isChange(core)) {
                kind = Kind.CHANGE;
            } else if (kind == Kind.PERCENT && base != null) {
                kind = Kind.SHARE;
                noun = Labels.core(base);
                core = lastAmountLabel(figures);
            } else if (kind == Kind.COUNT) {
                int nounEnd = nounEnd(text, v.end());
                MatchResultView next = i + 1 < matches.size() ? matches.get(i + 1) : null;
                boolean beforeAmount = next != null && next.numberStart() == nounEnd && Unit.of(next.unit()).kind() == Kind.AMOUNT;
                if (nounEnd > v.end() && (nounEnd == text.length() || BOUNDARIES.indexOf(text.charAt(nounEnd)) >= 0 || beforeAmount)) {
                    noun = text.substring(v.end(), nounEnd);
                    end = nounEnd;
                    if (beforeAmount) {
                        inherited = core.isEmpty() ? noun : core;
                    }
                }
            }
            BigDecimal value = unit.canonical(new BigDecimal(v.number().replace(",", "")));
            figures.add(new Figure(core, kind, unit, value, v.number(), noun, labelStart, end));
            previousEnd = end;
        }
        return new Reading(text, figures, Lists.in(text));
    }

    private record MatchResultView(int numberStart, int end, String number, String unit) {
    }

    /** Index after the last boundary in [from, to), or {@code from}. */
    private static int labelStart(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** The end of the run of Chinese characters that follows a count ("2个中队,即…" → after 中队). */
    private static int nounEnd(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < MAX_NOUN && isHan(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    private static String lastAmountLabel(List<Figure> figures) {
        for (int i = figures.size() - 1; i >= 0; i--) {
            if (figures.get(i).kind() == Kind.AMOUNT) {
                return figures.get(i).label();
            }
        }
        return "";
    }
}
