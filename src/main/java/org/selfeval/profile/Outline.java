package org.selfeval.profile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The outline (提纲) a region's reports follow: chapters 一、二、… with their sections. Every
 * {@link OutlinePart} appears exactly once, so an outline prints everything the forms hold.
 *
 * @param chapters the level-1 sections
 */
public record Outline(List<OutlineSection> chapters) {
    public Outline {
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        List<OutlinePart> seen = new ArrayList<>();
        chapters.forEach(c -> collect(c, seen));
        Set<OutlinePart> missing = EnumSet.allOf(OutlinePart.class);
        seen.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("提纲没有安排以下内容：" + missing);
        }
        if (seen.size() != OutlinePart.values().length) {
            throw new IllegalArgumentException("提纲中有内容出现了不止一次：" + seen);
        }
    }

    private static void collect(OutlineSection s, List<OutlinePart> out) {
        out.addAll(s.parts());
        s.sections().forEach(c -> collect(c, out));
    }
}
