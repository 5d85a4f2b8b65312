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
 * paragraphs under each. Headings are paired with sections in the outline's order, by how alike their
 * titles are ({@link TitleLikeness}), so that a sub-item numbered like a section ("（一）深化数字政务……")
 * is not taken for one; the number's level only tips the balance.
 *
 * @param profile  whose outline it is
 * @param nodes    every section of the outline, in order
 * @param placed   the sections found, in order, each with its paragraphs
 * @param before   the paragraphs before the first heading found (the title, a cover)
 * @param stray    the paragraphs under heading lines the outline does not have (from such a heading, as
 *                 high as the section's own, to the next heading found)
 * @param score    how well the outline fits: the sum of the likeness of the headings found
 */
record OutlineMatch(RegionalProfile profile, List<Node> nodes, List<Placed> placed, List<String> before, List<String> stray,
                    double score) {
    /** Below this likeness a paragraph is not the heading. */
    private static final double ACCEPT = 0.5;
    /** A line without a number must look like the heading more closely. */
    private static final double ACCEPT_UNNUMBERED = 0.8;
    /** What a pair's likeness is counted from when pairs are weighed against each other. */
    private static final double FLOOR = 0.45;

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
        int[] pairedNode = align(paragraphs, nodes);
        List<String> before = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        List<String> body = null;
        int level = 0;
        double score = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            Optional<Heading> heading = Heading.of(paragraph);
            if (pairedNode[i] >= 0) {
                Node node = nodes.get(pairedNode[i]);
                score += likeness(heading.orElseThrow(), node);
                level = heading.get().level() > 0 ? heading.get().level() : node.depth() + 1;
                body = new ArrayList<>();
                if (!heading.get().rest().isEmpty()) {
                    body.add(heading.get().rest());
                }
                placed.add(new Placed(node, paragraph, body));
            } else if (body == null) {
                before.add(paragraph);
            } else if (body != stray && heading.isPresent() && heading.get().level() > 0 && heading.get().level() <= level
                    && heading.get().rest().isEmpty()) {
                // a heading line the outline does not have, as high as the section's own: the section ends here
                // (a run-in one, "（一）深化……。以……", is an item of the section's text)
                body = stray;
                body.add(paragraph);
            } else {
                body.add(paragraph);
            }
        }
        return new OutlineMatch(profile, nodes, placed, before, stray, score);
    }

    /**
     * Pairs headings with sections, both in order, so that the sum of their likeness is greatest
     * (a sequence alignment): a heading that is only somewhat like a section gives way to a later
     * one that is more like it. For each paragraph, the index of its section, or -1.
     */
    private static int[] align(List<String> paragraphs, List<Node> nodes) {
        List<Integer> at = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<Heading> h = Heading.of(paragraphs.get(i));
            if (h.isPresent()) {
                at.add(i);
                headings.add(h.get());
            }
        }
        int hs = headings.size();
        int ns = nodes.size();
        double[][] best = new double[hs + 1][ns + 1];
        for (int i = 1; i <= hs; i++) {
            for (int j = 1; j <= ns; j++) {
                double pair = pairScore(headings.get(i - 1), nodes.get(j - 1));
                best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]), pair > 0 ? best[i - 1][j - 1] + pair : 0);
            }
        }
        int[] paired = new int[paragraphs.size()];
        java.util.Arrays.fill(paired, -1);
        for (int i = hs, j = ns; i > 0 && j > 0; ) {
            double pair = pairScore(headings.get(i - 1), nodes.get(j - 1));
            if (pair > 0 && best[i][j] == best[i - 1][j - 1] + pair) {
                paired[at.get(i - 1)] = j - 1;
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
        return paired;
    }

    /**
     * What pairing a heading with a section is worth when they are alike enough, else 0: the likeness
     * above a floor, so that one close pair outweighs two loose ones.
     */
    private static double pairScore(Heading heading, Node node) {
        double l = likeness(heading, node);
        double needed = heading.level() == 0 ? ACCEPT_UNNUMBERED : ACCEPT;
        return l >= needed ? l - FLOOR : 0;
    }

    private static double likeness(Heading heading, Node node) {
        double l = TitleLikeness.of(heading.title(), node.section().title());
        if (heading.level() > 0) {
            l += heading.level() == node.depth() + 1 ? 0.05 : -0.2;
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
