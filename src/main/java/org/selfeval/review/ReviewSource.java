package org.selfeval.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.intake.FileImport;
import org.selfeval.intake.FileSniffer;
import org.selfeval.model.Report;

/**
 * Turns one entry of a reviewed folder into a report: a file through the import (any kind it reads);
 * a 报送包 folder or zip through the best file it holds — the report file, else the 自评表 workbook, else
 * the report as a document. A zip's entry is copied out with its size bounded, never unpacked whole.
 */
final class ReviewSource {
    /** Preference among the files of a 报送包: our report file first (it holds everything). */
    private static final List<String> PREFERRED = List.of(".json", ".xlsx", ".xls", ".docx", ".pdf", ".txt");

    private final FileImport fileImport;
    private final int fallbackYear;
    private final Path scratch;

    ReviewSource(FileImport fileImport, int fallbackYear, Path scratch) {
        this.fileImport = fileImport;
        this.fallbackYear = fallbackYear;
        this.scratch = scratch;
    }

    Report read(Path entry) throws ReportFormatException, IOException {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
            Path best = bestIn(entry).orElseThrow(() -> new ReportFormatException(name, "",
                    "文件夹中没有报告文件、自评表或报告文档"));
            return fileImport.reportFrom(best, fallbackYear);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return fromZip(entry, name);
        }
        return fileImport.reportFrom(entry, fallbackYear);
    }

    private static Optional<Path> bestIn(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("~$")).forEach(files::add);
        }
        return files.stream().filter(p -> rank(p.getFileName().toString()) < PREFERRED.size())
                .min(Comparator.comparingInt((Path p) -> rank(p.getFileName().toString())).thenComparing(Path::toString));
    }

    private static int rank(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PREFERRED.size(); i++) {
            if (lower.endsWith(PREFERRED.get(i))) {
                return i;
            }
        }
        return PREFERRED.size();
    }

    private Report fromZip(Path zip, String name) throws ReportFormatException, IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry best = null;
            int count = 0;
            for (var e = z.entries(); e.hasMoreElements() && count++ < 1000; ) {
                ZipEntry entry = e.nextElement();
                String entryName = entry.getName();
                if (entry.isDirectory() || entryName.contains("__MACOSX") || rank(entryName) >= PREFERRED.size()) {
                    continue;
                }
                if (best == null || rank(entryName) < rank(best.getName())) {
                    best = entry;
                }
            }
            if (best == null) {
                throw new ReportFormatException(name, "", "压缩包中没有报告文件、自评表或报告文档");
            }
            String inner = best.getName().substring(best.getName().lastIndexOf('/') + 1);
            Path copy = Files.createTempFile(scratch, "entry-", "-" + inner.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
            try {
                try (InputStream in = z.getInputStream(best); OutputStream out = Files.newOutputStream(copy)) {
                    byte[] buf = new byte[64 * 1024];
                    long total = 0;
                    for (int n; (n = in.read(buf)) > 0; ) {
                        total += n;
                        if (total > FileSniffer.MAX_FILE_BYTES) {
                            throw new ReportFormatException(name, inner, "解压后超过 " + FileSniffer.MAX_FILE_BYTES / 1024 / 1024
                                    + " MB，疑似压缩炸弹，拒绝读取");
                        }
                        out.write(buf, 0, n);
                    }
                }
                return fileImport.reportFrom(copy, fallbackYear);
            } catch (ReportFormatException e) {
                throw new ReportFormatException(name, inner, stripPrefix(e.getMessage()));
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (java.util.zip.ZipException e) {
            throw new ReportFormatException(name, "", "压缩包已损坏，无法打开");
        }
    }

    /** "无法读取报告文件 x：detail" → "detail", so a zip's entry is not named twice. */
    private static String stripPrefix(String message) {
        int colon = message.indexOf('：');
        return colon >= 0 ? message.substring(colon + 1) : message;
    }
}
