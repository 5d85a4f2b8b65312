package org.selfeval.audit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;
import org.selfeval.narrative.YearOnYear;

/**
 * R4c: "较上年增加/减少 x 万元，增长/下降 y%" in the clerk's 收入 and 支出 paragraphs agrees with this year's
 * total and last year's ({@code priorIncomeTotal}, {@code priorExpenditureTotal}): the direction, the
 * amount at two decimals, the percentage within 0.01 points.
 */
public final class YearOnYearTextRule implements AuditRule {
    static final String ID = "R4c";
    private static final String SOURCE = "部门决算说明：较上年增减额 = 本年 − 上年，增减率 = 增减额 ÷ 上年";
    private static final Pattern CHANGE = Pattern.compile(
            "较(?:上年度?|\\d{4}年度?)[^0-9，,。；;]{0,4}?(增加|减少|增长|下降)\\s*" + TextFigures.NUM + "\\s*万元"
                    + "(?:\\s*[，,]?\\s*(?:同比)?(增长|下降|增幅|降幅|增加|减少)?(?:了)?\\s*" + TextFigures.NUM + "\\s*[%％])?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        List<Finding> out = new ArrayList<>();
        check(out, "收入合计", f.incomeText(), f.incomeTotal(), f.priorIncomeTotal(), "finances.incomeText");
        check(out, "支出合计", f.expenditureText(), f.expenditureTotal(), f.priorExpenditureTotal(), "finances.expenditureText");
        return out;
    }

    private static void check(List<Finding> out, String label, String text, BigDecimal total, BigDecimal prior, String path) {
        Optional<YearOnYear> y = YearOnYear.of(total, prior);
        if (text == null || y.isEmpty()) {
            return;
        }
        Matcher m = CHANGE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (!m.find()) {
            return;
        }
        YearOnYear change = y.get();
        Location where = new Location(Location.FINANCES, path);
        boolean up = m.group(1).equals("增加") || m.group(1).equals("增长");
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
        String should = label + "较上年应" + change.amountWord() + " " + Compare.money(change.change().abs()) + " 万元"
                + change.percent().map(p -> "（" + change.percentWord() + Compare.percent(p) + "）").orElse("")
                + "（本年 " + Compare.money(total) + " 万元，上年 " + Compare.money(prior) + " 万元）";
        if (change.change().signum() != 0 && up != change.change().signum() > 0
                || !Compare.sameAmount(amount, change.change().abs())) {
            out.add(new Finding(ID, Severity.ERROR, "正文写" + m.group(1) + " " + m.group(2) + " 万元，" + should, where, SOURCE));
            return;
        }
        if (m.group(4) != null && change.percent().isPresent()) {
            BigDecimal pct = new BigDecimal(m.group(4).replace(",", ""));
            int decimals = m.group(4).contains(".") ? m.group(4).length() - m.group(4).indexOf('.') - 1 : 0;
            if (!Compare.samePercent(pct, decimals, change.percent().get())) {
                out.add(new Finding(ID, Severity.ERROR, "正文写变动 " + m.group(4) + "%，" + should, where, SOURCE));
            }
        }
    }
}
