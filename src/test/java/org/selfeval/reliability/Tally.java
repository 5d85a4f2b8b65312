package org.selfeval.reliability;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one family of the harness: cases passed and failed, with the first failures described. */
final class Tally {
    private final String family;
    private int passed;
    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String skipped;

    Tally(String family) {
        this.family = family;
    }

    synchronized void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failures.add(what);
        }
    }

    synchronized void note(String text) {
        notes.add(text);
    }

    void skip(String why) {
        skipped = why;
    }

    int failed() {
        return failures.size();
    }

    String line() {
        if (skipped != null) {
            return family + ": skipped (" + skipped + ")";
        }
        return family + ": " + passed + " passed, " + failures.size() + " failed";
    }

    List<String> details() {
        List<String> d = new ArrayList<>(notes);
        failures.stream().limit(10).forEach(f -> d.add("FAILED " + f));
        return d;
    }
}
