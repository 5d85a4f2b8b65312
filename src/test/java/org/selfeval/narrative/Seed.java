package org.selfeval.narrative;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** The seed report's text and the sample built from it, for comparing generated sentences. */
public final class Seed {
    public static final Path SAMPLE = Path.of("sample-data/leshan-2023.json");
    public static final Path ORIGINAL = Path.of("sample-data/leshan-2023-original.txt");

    private Seed() {
    }

    public static Report sample() {
        try {
            return ReportJson.read(SAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text() {
        try {
            return Files.readString(ORIGINAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Half-width punctuation as in the seed file → the full-width punctuation we generate. */
    public static String fullWidth(String s) {
        return s.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）');
    }

    /** The seed's sentence that starts with {@code start} and ends at the first {@code end} after it. */
    public static String sentence(String start, String end) {
        String t = fullWidth(text());
        String s = fullWidth(start);
        int i = t.indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("not in the seed: " + start);
        }
        int j = t.indexOf(fullWidth(end), i);
        if (j < 0) {
            throw new IllegalArgumentException("no end after: " + start);
        }
        return t.substring(i, j + fullWidth(end).length());
    }
}
