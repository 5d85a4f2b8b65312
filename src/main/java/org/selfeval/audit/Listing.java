package org.selfeval.audit;

import java.util.List;

/** Joins the items a message names, at most five of them, so a message on a large report stays readable. */
final class Listing {
    static final int MAX = 5;

    private Listing() {
    }

    static String join(List<String> items, String separator) {
        if (items.size() <= MAX) {
            return String.join(separator, items);
        }
        return String.join(separator, items.subList(0, MAX)) + "等 " + items.size() + " 项";
    }
}
