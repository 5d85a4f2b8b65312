package org.selfeval.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What in a folder is one report to review: each file directly in it (report file, workbook,
 * document, 报送包 zip), and each sub-folder (an unpacked 报送包). Hidden files and Office lock files
 * ("~$…") are skipped. Sorted by name, so two runs list the same order.
 */
final class ReviewEntries {
    /** More entries than this are not one department's or one office's folder. */
    static final int MAX_ENTRIES = 5000;

    private ReviewEntries() {
    }

    static List<Path> of(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("~$"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .limit(MAX_ENTRIES)
                    .forEach(entries::add);
        }
        return entries;
    }
}
