package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Report;

/** R25: no unfilled template prompt ("对照年度目标，说明…(100字以内)", "指标1：", "XX") is left in the text. */
public final class TemplatePromptRule implements AuditRule {
    static final String ID = "R25";

    /** A prompt: a literal every occurrence contains, and the pattern that confirms it (null = the literal). */
    private record Probe(String literal, Pattern pattern) {
        Optional<String> in(String text) {
            if (!text.contains(literal)) {
                return Optional.empty();
            }
            if (pattern == null) {
                return Optional.of(literal);
            }
            Matcher m = pattern.matcher(text);
            return m.find() ? Optional.of(m.group()) : Optional.empty();
        }
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("对照年度目标", Pattern.compile("对照年度目标[，,]\\s*说明")),
            new Probe("结合自评情况", Pattern.compile("结合自评情况[，,]\\s*(?:说明|分析)")),
            new Probe("针对项目自评中发现的问题", null),
            new Probe("字以内", Pattern.compile("[（(]\\s*\\d+\\s*字以内\\s*[)）]")),
            new Probe("指标", Pattern.compile("指标\\s*\\d\\s*[：:]")),
            new Probe("XX", Pattern.compile("(?<![A-Za-z])XX(?![A-Za-z])")),
            new Probe("xx", Pattern.compile("(?<![A-Za-z])xx(?![A-Za-z])")),
            new Probe("××", null),
            new Probe("此处填写", null),
            new Probe("请填写", null),
            new Probe("（）", null),
            new Probe("()", null));

    /** A character of some probe's literal: a text without any of them is not searched. */
    private static final boolean[] TRIGGER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : "字对结针指Xx×填（(".toCharArray()) {
            TRIGGER[c] = true;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            if (!mayHoldPrompt(field.text())) {
                continue;
            }
            for (Probe probe : PROBES) {
                Optional<String> found = probe.in(field.text());
                if (found.isPresent()) {
                    out.add(new Finding(ID, Severity.ERROR, "留有未填的模板提示“" + found.get() + "”", field.location(),
                            "四川 510000_0013zp 栏内提示"));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean mayHoldPrompt(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TRIGGER[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }
}
