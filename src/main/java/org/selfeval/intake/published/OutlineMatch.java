package org.selfeval.intake.published;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.profile.Outline;
import org.selfeval.profile.OutlineSection;
import org.selfeval.profile.RegionalProfile;

/**
 * A report's paragraphs laid on one outline (提纲对照): which of its headings were found, and the
 * paragraphs under each. Headings are found in the outline's order, by how alike their titles are
 * ({@link TitleLikeness}), so that a sub-item numbered like a section ("（一）深化数字政务……") is not
 * taken for one; the number's level only tips the balance.
 *
 * @param profile  whose outline it is
 * @param nodes    every section of the outline, in order
 * @param placed   the sections found, in order, each with its paragraphs
 * @param before   the paragraphs before the first heading found (the title, a cover)
 * @param score    how well the outline fits: the sum of the likeness of the headings found
 */
record OutlineMatch(RegionalProfile profile, List<Node> nodes, List<Placed> placed, List<String> before, double score) {
    /** Below this likeness a paragraph is not the heading. */
    private static final double ACCEPT = 0.5;
    /** A line without a number must look like the heading more closely. */
    private static final double ACCEPT_UNNUMBERED = 0.8;

    /** One section of the outline, with where it sits. */
    record Node(OutlineSection section, int depth, String where) {
    }

    /** A section found, with the paragraphs under it (a run-in title's rest first). */
    record Placed(Node node, String headingText, List<String> body) {
    }

    /** The outline of these profiles that fits the paragraphs best; the first one on a tie. */
    static OutlineMatch best(List<String> paragraphs, List<RegionalProfile> profiles) {
        OutlineMatch best = null;
        for (RegionalProfile p : profiles) {
            OutlineMatch m = of(paragraphs, p);
            if (best == null || m.score > best.score + 1e-9) {
                best = m;
            }
        }
        return best;
    }

    static OutlineMatch of(List<String> paragraphs, RegionalProfile profile) {
        List<Node> nodes = nodes(profile.outline());
        List<String> before = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        List<String> body = null;
        int cursor = -1;
        double score = 0;
        for (String paragraph : paragraphs) {
            Optional<Heading> heading = Heading.of(paragraph);
            int at = -1;
            double likeness = 0;
            if (heading.isPresent()) {
                for (int i = cursor + 1; i < nodes.size(); i++) {
                    double l = likeness(heading.get(), nodes.get(i)) - 0.01 * (i - cursor - 1);
                    if (l > likeness) {
                        likeness = l;
                        at = i;
                    }
                }
                double needed = heading.get().level() == 0 ? ACCEPT_UNNUMBERED : ACCEPT;
                if (likeness < needed) {
                    at = -1;
                }
            }
            if (at >= 0) {
                cursor = at;
                score += likeness;
                body = new ArrayList<>();
                if (!heading.get().rest().isEmpty()) {
                    body.add(heading.get().rest());
                }
                placed.add(new Placed(nodes.get(at), paragraph, body));
            } else if (body == null) {
                before.add(paragraph);
            } else {
                body.add(paragraph);
            }
        }
        return new OutlineMatch(profile, nodes, placed, before, score);
    }

    private static double likeness(Heading heading, Node node) {
        double l = TitleLikeness.of(heading.title(), node.section().title());
        if (heading.level() > 0) {
            l += heading.level() == node.depth() + 1 ? 0.05 : -0.15;
        }
        return l;
    }

    /** The found sections by outline section. */
    Map<OutlineSection, Placed> bySection() {
        Map<OutlineSection, Placed> map = new LinkedHashMap<>();
        placed.forEach(p -> map.put(p.node().section(), p));
        return map;
    }

    private static List<Node> nodes(Outline outline) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < outline.chapters().size(); i++) {
            add(outline.chapters().get(i), 0, i, "", out);
        }
        return out;
    }

    private static void add(OutlineSection s, int depth, int index, String parent, List<Node> out) {
        String where = (parent.isEmpty() ? "" : parent + " · ") + number(depth, index) + s.title();
        out.add(new Node(s, depth, where));
        for (int i = 0; i < s.sections().size(); i++) {
            add(s.sections().get(i), depth + 1, i, where, out);
        }
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    private static String number(int depth, int index) {
        String n = index < NUMERALS.length() ? String.valueOf(NUMERALS.charAt(index)) : String.valueOf(index + 1);
        return switch (depth) {
            case 0 -> n + "、";
            case 1 -> "（" + n + "）";
            case 2 -> (index + 1) + ".";
            default -> "（" + (index + 1) + "）";
        };
    }
}
