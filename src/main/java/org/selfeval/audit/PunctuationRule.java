package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.selfeval.audit.ChinesePunctuation.Kind;
import org.selfeval.audit.ChinesePunctuation.Result;
import org.selfeval.audit.ChinesePunctuation.Slip;
import org.selfeval.model.Report;
import org.selfeval.recognise.RecentByText;

/**
 * R28 标点: half-width punctuation, half-width brackets and straight or misturned quotes inside
 * Chinese prose, a stray 、 before 及, full-width digits (GB/T 15834, GB/T 15835). One finding per
 * paragraph, naming the counts and the first place; {@link ChinesePunctuation} writes the fix.
 */
public final class PunctuationRule implements AuditRule {
    public static final String ID = "R28";
    private static final int CONTEXT = 6;
    /** The checks of the paragraphs seen lately: after a keystroke all but one are unchanged. */
    private static final RecentByText<Result> RECENT = new RecentByText<>(8192);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            Result result = RECENT.get(field.text(), ChinesePunctuation::check); // Prose holds no null or blank text
            if (!result.clean()) {
                out.add(new Finding(ID, Severity.WARNING, message(field.text(), result), field.location(),
                        "GB/T 15834-2011《标点符号用法》；GB/T 15835-2011《出版物上数字用法》"));
            }
        }
        return out;
    }

    private static String message(String text, Result result) {
        StringJoiner counts = new StringJoiner("、");
        for (Map.Entry<Kind, Integer> e : result.counts().entrySet()) {
            counts.add(e.getKey().label() + " " + e.getValue() + " 处");
        }
        Slip first = result.slips().get(0);
        int from = Math.max(0, first.index() - CONTEXT);
        int to = Math.min(text.length(), first.index() + first.found().length() + CONTEXT);
        String place = text.substring(from, to).replace('\n', ' ');
        return "标点不规范：" + counts + "（如“" + place + "”），可用“规范标点”一键改正";
    }
}
