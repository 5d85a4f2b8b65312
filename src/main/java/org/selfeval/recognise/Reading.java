package org.selfeval.recognise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Recogniser} read in one paragraph.
 *
 * @param text    the paragraph in NFKC form
 * @param figures every figure, in the order written
 * @param lists   every count followed by its list
 * @param grades  every grade word stated (优秀, 良好, 中等, 较差, 优, 良, 中, 差, 合格, 不合格), in order
 */
public record Reading(String text, List<Figure> figures, List<ListCount> lists, List<String> grades) {
    public Reading {
        figures = List.copyOf(figures);
        lists = List.copyOf(lists);
        grades = List.copyOf(grades);
    }

    /** The first figure of this kind whose label is one of these words. */
    public Optional<Figure> first(Kind kind, Collection<String> labels) {
        return figures.stream().filter(f -> f.kind() == kind && labels.contains(f.label())).findFirst();
    }

    /** Every figure of this kind. */
    public List<Figure> all(Kind kind) {
        return figures.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Every figure of this kind whose label ends with the word ("副局长" ends with "局长"). */
    public List<Figure> endingWith(Kind kind, String word) {
        return figures.stream().filter(f -> f.kind() == kind && f.label().endsWith(word)).toList();
    }

    /** The share "占p%" written right after the amount, if any. */
    public Optional<Figure> shareAfter(Figure amount) {
        int at = figures.indexOf(amount);
        if (at < 0 || at + 1 >= figures.size()) {
            return Optional.empty();
        }
        Figure next = figures.get(at + 1);
        return next.kind() == Kind.SHARE ? Optional.of(next) : Optional.empty();
    }

    public boolean hasFigures() {
        return !figures.isEmpty() || !lists.isEmpty();
    }
}
