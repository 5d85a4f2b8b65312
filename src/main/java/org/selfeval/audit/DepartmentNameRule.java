package org.selfeval.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Department;
import org.selfeval.model.Report;

/**
 * R21: the department is named the same way everywhere. Its full name, its short name and its full
 * name without the city prefix are fine; another name of the same kind of body (…局, …委员会, …办公室,
 * …中心 — whatever the full name ends with) that resembles the department's (shares a two-character
 * word with it, such as 服务 or 管理) is flagged. Other bodies (市财政局) are left alone. A 和 / 与 / 及
 * inside a name (发展和改革局, 住房和城乡建设局) is part of it; only one that follows the end of another
 * name ("市财政局和市政管局") starts a new name.
 */
public final class DepartmentNameRule implements AuditRule {
    static final String ID = "R21";
    /** Longest name considered: a place of up to five characters and a body of up to twelve. */
    private static final int MAX_NAME = 18;
    private static final String LEAD_WORDS = "年度的对向由在将经为是";
    private static final String JOINERS = "和与及";
    private static final String NAME_ENDS = "局会室府委办厅心院";
    private static final List<String> BODIES = List.of("委员会", "办公室", "中心", "局", "厅", "委", "院", "馆", "站", "所", "队");
    private static final Pattern PREFIX = Pattern.compile("^[\\u4e00-\\u9fa5]{1,6}?[省市县区州]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Department d = report.department();
        List<Finding> out = new ArrayList<>();
        if (d.fullName().isBlank()) {
            return out;
        }
        Set<String> allowed = allowed(d);
        String core = core(d.fullName());
        String body = body(d.fullName());
        for (Prose.Field field : Prose.of(report)) {
            Set<String> wrong = new LinkedHashSet<>();
            String text = field.text();
            for (int found = text.indexOf(body); found >= 0; found = text.indexOf(body, found + 1)) {
                int at = found + body.length() - 1;
                if (found == 0 || !isHan(text.charAt(found - 1)) || text.charAt(found - 1) == '局') {
                    continue;
                }
                String name = trim(afterInnerName(candidate(text, at), body), d.fullName());
                if (!acceptable(name, allowed) && resembles(core(name), core)) {
                    wrong.add(name);
                }
            }
            for (String name : wrong) {
                out.add(new Finding(ID, Severity.WARNING, "部门名称写作“" + name + "”，与全称“" + d.fullName() + "”"
                        + (d.shortName().isBlank() ? "" : "、简称“" + d.shortName() + "”") + "不一致",
                        field.location(), "同一报告中部门名称应前后一致"));
            }
        }
        return out;
    }

    /** The kind of body the department is, by the end of its full name: 局, 委员会, 办公室 … */
    private static String body(String fullName) {
        for (String b : BODIES) {
            if (fullName.endsWith(b)) {
                return b;
            }
        }
        return "局";
    }

    private static Set<String> allowed(Department d) {
        Set<String> names = new LinkedHashSet<>();
        names.add(d.fullName());
        Matcher p = PREFIX.matcher(d.fullName());
        if (p.find()) {
            String rest = d.fullName().substring(p.end());
            names.add(rest);
            names.add(p.group().substring(p.group().length() - 1) + rest);
        }
        if (!d.shortName().isBlank()) {
            names.add(d.shortName());
        }
        return names;
    }

    /** Whether the found text ends with an allowed name (the match may start early, e.g. "年度乐山市…"). */
    private static boolean acceptable(String name, Set<String> allowed) {
        for (String ok : allowed) {
            if (name.endsWith(ok)) {
                return true;
            }
        }
        return name.endsWith("我局") || name.equals("本局");
    }

    /** The run of up to 17 Chinese characters that ends with the 局 at {@code at}. */
    private static String candidate(String text, int at) {
        int start = at;
        while (start > 0 && at - start < MAX_NAME - 1 && isHan(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, at + 1);
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /** Cuts a name that ends inside the run ("…局会同县住房和城乡建设局" → "会同县住房和城乡建设局"). */
    private static String afterInnerName(String found, String body) {
        int inner = found.lastIndexOf(body, found.length() - body.length() - 1);
        return inner < 0 ? found : found.substring(inner + body.length());
    }

    /** Cuts words that precede a name ("2023年度乐山市…局" → "乐山市…局"). */
    private static String trim(String found, String fullName) {
        Matcher p = PREFIX.matcher(fullName);
        if (p.find()) {
            int at = found.indexOf(p.group());
            if (at > 0) {
                return found.substring(at);
            }
        }
        int cut = 0;
        for (int i = 0; i < found.length() - 1; i++) {
            boolean joinsNames = JOINERS.indexOf(found.charAt(i)) >= 0 && i > 0 && NAME_ENDS.indexOf(found.charAt(i - 1)) >= 0;
            if (LEAD_WORDS.indexOf(found.charAt(i)) >= 0 || joinsNames) {
                cut = i + 1;
            }
        }
        return found.substring(cut);
    }

    /** The name without its place prefix and without the kind of body at its end. */
    private static String core(String name) {
        Matcher p = PREFIX.matcher(name);
        String rest = p.find() ? name.substring(p.end()) : name;
        String body = body(rest);
        return rest.endsWith(body) ? rest.substring(0, rest.length() - body.length()) : rest;
    }

    private static boolean resembles(String a, String b) {
        for (int i = 0; i + 2 <= a.length(); i++) {
            String word = a.substring(i, i + 2);
            if (!word.equals("管理") && b.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
