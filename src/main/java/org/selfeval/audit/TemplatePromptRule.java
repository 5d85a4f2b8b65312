package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Report;

/** R25: no unfilled template prompt ("对照年度目标，说明…(100字以内)", "指标1：", "XX") is left in the text. */
public final class TemplatePromptRule implements AuditRule {
    static final String ID = "R25";
    private static final Pattern PROMPT = Pattern.compile(
            "[（(]\\s*\\d+\\s*字以内\\s*[)）]|对照年度目标[，,]\\s*说明|结合自评情况[，,]\\s*(?:说明|分析)|针对项目自评中发现的问题"
                    + "|指标\\s*\\d\\s*[：:]|(?<![A-Za-z])(?:XX|xx|××)(?![A-Za-z])|此处填写|请填写|（\\s*）|\\(\\s*\\)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            Matcher m = PROMPT.matcher(field.text());
            if (m.find()) {
                out.add(new Finding(ID, Severity.ERROR, "留有未填的模板提示“" + m.group() + "”", field.location(),
                        "四川 510000_0013zp 栏内提示；domain.md §3 R25"));
            }
        }
        return out;
    }
}
