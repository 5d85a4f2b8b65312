package org.selfeval.intake.published;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.audit.Terms;
import org.selfeval.intake.Targets;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Project;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * The projects described in 三(二)2 (100万元以上项目): "项目1：政务大厅运行经费。年初预算数157.3万元，调整预算数133.47万元，
 * 决算数133.47万元，执行率100%。主要用于……" gives a project of that name whose 财政资金 row carries the three
 * amounts, and whose report text is what follows the figures. A name may also stand on a line of its
 * own ("（1）政务大厅运行经费") before the paragraph with the figures.
 */
final class ProjectLines {
    private static final Pattern NAMED = Pattern.compile(
            "^\\s*(?:项目\\s*[0-9０-９一二三四五六七八九十]+\\s*[:：、.．]?|[（(]\\s*[0-9０-９]{1,2}\\s*[)）]|[0-9０-９]{1,2}\\s*[.．、](?![0-9]))\\s*([^。：:；;，,]{2,40}?)\\s*(?:[。：:；;，,]|$)");
    private final Findings findings;
    private final String department;

    ProjectLines(Findings findings, String department) {
        this.findings = findings;
        this.department = department == null ? "" : department;
    }

    void read(List<String> paragraphs, String where) {
        String pendingName = null;
        int count = 0;
        for (String paragraph : paragraphs) {
            Matcher named = NAMED.matcher(paragraph);
            String own = named.find() ? named.group(1).strip() : null;
            String name = own != null ? own : pendingName;
            Reading reading = Recogniser.read(paragraph);
            Optional<BudgetFigures> budget = budget(reading);
            if (budget.isEmpty()) {
                pendingName = own;
                continue;
            }
            pendingName = null;
            if (name == null) {
                findings.notFound("“" + where + "”中有一段写了预算数字但没有写项目名称，没有导入：" + Wording.shorten(paragraph));
                continue;
            }
            count++;
            Project p = new Project("published-" + count, null, name, department, department,
                    Map.of(FundSource.FISCAL, budget.get()), null, "", "", "", "", "", List.of(), "", "", "", "", "",
                    afterFigures(paragraph, reading), null);
            findings.add(Targets.project(name), p, Wording.shorten(paragraph));
        }
        if (count == 0) {
            findings.notFound("“" + where + "”中没有找到写明年初预算数、调整预算数、决算数的项目");
        }
    }

    private static Optional<BudgetFigures> budget(Reading r) {
        BigDecimal initial = amount(r, Terms.INITIAL);
        BigDecimal adjusted = amount(r, Terms.ADJUSTED);
        BigDecimal executed = amount(r, Terms.EXECUTED);
        if (initial == null && adjusted == null && executed == null) {
            return Optional.empty();
        }
        return Optional.of(new BudgetFigures(initial, adjusted, executed));
    }

    private static BigDecimal amount(Reading r, List<String> endings) {
        return r.all(Kind.AMOUNT).stream().filter(f -> Terms.endsWithAny(f.label(), endings)).findFirst().map(Figure::value).orElse(null);
    }

    /** What the paragraph says after the sentence of its last budget figure or 执行率: the use and output. */
    private static String afterFigures(String paragraph, Reading r) {
        int end = 0;
        for (Figure f : r.figures()) {
            String label = f.label();
            if (Terms.endsWithAny(label, Terms.INITIAL) || Terms.endsWithAny(label, Terms.ADJUSTED)
                    || Terms.endsWithAny(label, Terms.EXECUTED) || Terms.endsWithAny(label, Terms.RATE)) {
                end = Math.max(end, f.end());
            }
        }
        String text = r.text();
        int stop = text.indexOf('。', end);
        if (stop < 0) {
            return "";
        }
        // the recogniser's text is the paragraph in NFKC form; keep the clerk's characters where they line up
        return (text.length() == paragraph.length() ? paragraph : text).substring(stop + 1).strip();
    }
}
