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
 * <li>"内设2个中队,即A、B" and the other list forms of {@link ListCount};
 * <li>a grade after 等级 / 等次 / 评定 / 评价 ("综合评定为优秀等次", "评价等级为“良”").
 * </ul>
 * A number without a unit (a year, "1.", "4125.49,4143.91万元"'s first half) is not a figure.
 */
public final class Recogniser {
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元|%|人(?!次)|名|个(?!百分点)|项|类|家|分(?![钟别之]))");
    private static final Pattern GRADE = Pattern.compile(
            "(?:等级|等次|评定|评价|评级|结果)(?:为|是|:)?\\s*[\"“']?(优秀|良好|中等|较差|合格|不合格|优|良|中|差)(?![\\u4e00-\\u9fa5&&[^等级次]])");
    private static final String BOUNDARIES = ",。;:、()[]【】\n\r\t“”\"'《》!?";
    private static final int MAX_LABEL = 32;
    private static final int MAX_NOUN = 12;
    /** Enough for every paragraph of a report of 1,000 projects with a few texts each. */
    private static final RecentByText<Reading> RECENT = new RecentByText<>(8192);

    private Recogniser() {
    }

    /** The text in the form the recogniser reads it (NFKC). */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** The figures, lists and grades the paragraph states (the same reading again for a paragraph read lately). */
    public static Reading read(String paragraph) {
        return paragraph == null ? readFresh(null) : RECENT.get(paragraph, Recogniser::readFresh);
    }

    /** Reads the paragraph, not looking among the recent readings. */
    static Reading readFresh(String paragraph) {
        String text = normalise(paragraph);
        List<String> grades = new ArrayList<>();
        Matcher g = GRADE.matcher(text);
        while (g.find()) {
            grades.add(g.group(1));
        }
        if (!hasDigit(text)) {
            return new Reading(text, List.of(), List.of(), grades);
        }
        List<Match> matches = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            matches.add(new Match(m.start(1), m.end(), m.group(1), Unit.of(m.group(2))));
        }
        return new Reading(text, new Pass(text, matches).figures(), Lists.in(text), grades);
    }

    /** Only the counts followed by their lists (cheaper than {@link #read} when nothing else is asked). */
    public static List<ListCount> lists(String paragraph) {
        String text = normalise(paragraph);
        return hasDigit(text) ? Lists.in(text) : List.of();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A number with its unit, as found. */
    private record Match(int numberStart, int end, String number, Unit unit) {
    }

    /** The text before a number that names it, and where it starts. */
    private record Label(int start, String raw) {
    }

    /** One pass over the numbers of a paragraph, left to right: each figure may take its label from the one before. */
    private static final class Pass {
        private final String text;
        private final List<Match> matches;
        private final List<Figure> figures = new ArrayList<>();
        private int previousEnd;
        /** The label a count hands to the amount right after its noun ("8个项目985万元"). */
        private String inherited;

        Pass(String text, List<Match> matches) {
            this.text = text;
            this.matches = matches;
        }

        List<Figure> figures() {
            for (int i = 0; i < matches.size(); i++) {
                Figure f = figure(matches.get(i), i + 1 < matches.size() ? matches.get(i + 1) : null);
                figures.add(f);
                previousEnd = f.end();
            }
            return figures;
        }

        private Figure figure(Match match, Match next) {
            Label label = label(match);
            String core = core(label);
            Figure previous = figures.isEmpty() ? null : figures.get(figures.size() - 1);
            Kind kind = match.unit().kind();
            if (label.raw().isBlank() && previous != null && previous.end() == label.start() - 1 && text.charAt(previous.end()) == '、') {
                core = previous.label();
                kind = previous.kind() == Kind.CHANGE && (kind == Kind.AMOUNT || kind == Kind.PERCENT) ? Kind.CHANGE : kind;
            }
            String noun = "";
            int end = match.end();
            String base = Labels.shareBase(core);
            if (kind != Kind.CHANGE && (kind == Kind.AMOUNT || kind == Kind.PERCENT) && Labels.isChange(core)) {
                kind = Kind.CHANGE;
            } else if (kind == Kind.PERCENT && base != null) {
                kind = Kind.SHARE;
                noun = Labels.core(base);
                core = lastAmountLabel();
            } else if (kind == Kind.COUNT) {
                int nounEnd = nounEnd(text, match.end());
                boolean beforeAmount = next != null && next.numberStart() == nounEnd && next.unit().kind() == Kind.AMOUNT;
                if (nounEnd > match.end() && (nounEnd == text.length() || BOUNDARIES.indexOf(text.charAt(nounEnd)) >= 0 || beforeAmount)) {
                    noun = text.substring(match.end(), nounEnd);
                    end = nounEnd;
                    inherited = beforeAmount ? (core.isEmpty() ? noun : core) : null;
                }
            }
            BigDecimal value = match.unit().canonical(new BigDecimal(match.number().replace(",", "")));
            return new Figure(core, kind, match.unit(), value, match.number(), noun, label.start(), end);
        }

        /** Back to the last punctuation mark or figure; past a colon or an amount's bracket when nothing is between. */
        private Label label(Match match) {
            int start = labelStart(text, Math.max(previousEnd, match.numberStart() - MAX_LABEL), match.numberStart());
            String raw = text.substring(start, match.numberStart());
            char before = start > 0 ? text.charAt(start - 1) : 0;
            if (raw.isBlank() && (before == ':' || before == ')' && match.unit().kind() == Kind.AMOUNT) && start - 1 > previousEnd) {
                int open = before == ')' ? text.lastIndexOf('(', start - 1) : start - 1;
                if (open > previousEnd) {
                    int from = labelStart(text, Math.max(previousEnd, open - MAX_LABEL), open);
                    return new Label(from, text.substring(from, open));
                }
            }
            return new Label(start, raw);
        }

        private String core(Label label) {
            String core = Labels.core(label.raw());
            String handed = inherited;
            inherited = null;
            return core.isEmpty() && handed != null && label.raw().isBlank() && label.start() == previousEnd ? handed : core;
        }

        private String lastAmountLabel() {
            for (int i = figures.size() - 1; i >= 0; i--) {
                if (figures.get(i).kind() == Kind.AMOUNT) {
                    return figures.get(i).label();
                }
            }
            return "";
        }
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
}
