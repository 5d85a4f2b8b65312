package org.selfeval.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.model.Report;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/** The count statements of R17a / R17b, read from a paragraph. */
final class Counts {
    private Counts() {
    }

    /** The 目标实现情况 paragraph, compared when it states one of the two counts. */
    static List<ReadsText.Read> reads(Report report, Predicate<Figure> one, Predicate<Figure> other) {
        String text = report.performance().projectAnalysis().goalAchievementText();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Reading reading = Recogniser.read(text);
        return List.of(new ReadsText.Read(IndicatorCountRule.WHERE, text, first(reading, one).isPresent() || first(reading, other).isPresent()));
    }

    /** The first count ("N个", "N项") of the paragraph that the predicate accepts. */
    static Optional<Figure> first(Reading reading, Predicate<Figure> about) {
        return reading.all(Kind.COUNT).stream().filter(about).findFirst();
    }
}
