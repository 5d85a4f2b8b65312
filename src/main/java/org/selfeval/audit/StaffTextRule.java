package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * R18c: the counts the 人员概况 paragraph gives for each kind of 编制, 领导职数 and staff ("核定行政编制18名",
 * "行政人员23人", "现有编制人员12人") agree with the figures. A count is the figure's when its label ends
 * with the figure's name; a name that ends a longer one ("局长" in "副局长3名") is accepted when any of
 * its counts fits.
 */
public final class StaffTextRule implements AuditRule, ReadsText {
    static final String ID = "R18c";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.basics().staffing().text();
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Reading reading = Recogniser.read(text);
        for (Map.Entry<String, Integer> figure : figures(report.basics().staffing())) {
            check(out, reading, figure.getKey(), figure.getValue());
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        String text = report.basics().staffing().text();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Reading reading = Recogniser.read(text);
        boolean compared = figures(report.basics().staffing()).stream().map(Map.Entry::getKey)
                .anyMatch(label -> !label.isBlank() && !reading.endingWith(Kind.HEADCOUNT, label).isEmpty());
        return List.of(new Read(StaffTotalRule.WHERE, text, compared));
    }

    /** Each 编制, 领导职数 and staff count of the figures by its name, in the order of the form. */
    private static List<Map.Entry<String, Integer>> figures(Staffing s) {
        List<Map.Entry<String, Integer>> figures = new ArrayList<>();
        for (Headcount h : s.establishment()) {
            figures.add(Map.entry(h.label(), h.count()));
        }
        for (LeadershipPost post : s.leadershipPosts()) {
            figures.add(Map.entry(post.title(), post.count()));
        }
        for (Headcount h : s.actual()) {
            figures.add(Map.entry(h.label(), h.count()));
        }
        if (s.longTermHired() != null) {
            figures.add(Map.entry("长期聘用", s.longTermHired()));
        }
        return figures;
    }

    private static void check(List<Finding> out, Reading reading, String label, int figure) {
        if (label.isBlank()) {
            return;
        }
        List<Figure> written = reading.endingWith(Kind.HEADCOUNT, label);
        if (written.isEmpty() || written.stream().anyMatch(f -> f.value().compareTo(BigDecimal.valueOf(figure)) == 0)) {
            return;
        }
        out.add(new Finding(ID, Severity.ERROR, "人员概况写" + label + " " + written.get(0).written() + "，但填报数为 " + figure,
                StaffTotalRule.WHERE, "正文与人员数字一致（文数一致）"));
    }
}
