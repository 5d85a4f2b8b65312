package org.selfeval.audit;

import java.util.Optional;
import java.util.function.Predicate;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;

/** The count statements of R17a / R17b, read from a paragraph. */
final class Counts {
    private Counts() {
    }

    /** The first count ("N个", "N项") of the paragraph that the predicate accepts. */
    static Optional<Figure> first(Reading reading, Predicate<Figure> about) {
        return reading.all(Kind.COUNT).stream().filter(about).findFirst();
    }
}
