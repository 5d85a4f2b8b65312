package org.selfeval.intake;

import java.util.List;
import java.util.function.Predicate;
import org.selfeval.model.Report;

/**
 * What an import found in one file, before anything changes (导入预览): each figure and paragraph with
 * where it was read, what was looked for and not found, and the notices of the checks made on reading
 * (e.g. tables that disagree). The clerk ticks what to take; {@link #apply} makes one new report.
 *
 * @param fileName     the file's name, as shown
 * @param kind         what kind of file it is
 * @param found        what was found, in the report's order
 * @param notFound     what was looked for and not found, each naming what the file has instead
 * @param notices      checks made on reading (cross-table differences, assumed units …)
 */
public record ImportPreview(String fileName, SourceKind kind, List<Found<?>> found, List<String> notFound, List<String> notices) {
    public ImportPreview {
        found = List.copyOf(found);
        notFound = List.copyOf(notFound);
        notices = List.copyOf(notices);
    }

    /** The report with the taken items put in, in order; the others left as they are. */
    public Report apply(Report current, Predicate<Found<?>> taken) {
        Report r = current;
        for (Found<?> f : found) {
            if (taken.test(f)) {
                r = f.applyTo(r);
            }
        }
        return r;
    }

    /** The report with every item put in. */
    public Report applyAll(Report current) {
        return apply(current, f -> true);
    }

    /** The items that would change {@code current}. */
    public List<Found<?>> changes(Report current) {
        return found.stream().filter(f -> f.changes(current)).toList();
    }
}
