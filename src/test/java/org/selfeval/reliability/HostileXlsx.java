package org.selfeval.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.exchange.xlsx.XlsxImporter;
import org.selfeval.export.xlsx.XlsxExporter;

/**
 * Hostile workbooks given to {@link XlsxImporter}: truncated, not a zip, flipped bytes, a zip bomb,
 * XXE and entity expansion in the XML parts, a file over the size limit. Each is either read or
 * refused with a Chinese {@link ReportFormatException}; nothing else (no other exception, no external
 * entity fetched, no run-away memory).
 */
final class HostileXlsx {
    private final Path dir;

    HostileXlsx(Path dir) {
        this.dir = dir;
    }

    Tally run() throws Exception {
        Tally t = new Tally("hostile XLSX");
        Files.createDirectories(dir);
        Path good = dir.resolve("good.xlsx");
        new XlsxExporter().export(ReportJson.read(Path.of("sample-data/leshan-2023.json")), good);
        byte[] bytes = Files.readAllBytes(good);
        t.check(readsOrRefuses(good, true), "the exported sample itself");
        int n = 0;
        for (int tenth = 0; tenth < 10; tenth++) {
            t.check(readsOrRefuses(write(n++, Arrays.copyOf(bytes, bytes.length * tenth / 10)), false), "truncated to " + tenth + "/10");
        }
        t.check(readsOrRefuses(write(n++, "这不是工作簿".getBytes(StandardCharsets.UTF_8)), false), "a text file");
        Random random = new Random(99);
        for (int i = 0; i < 30; i++) {
            byte[] b = bytes.clone();
            for (int k = 0; k < 4; k++) {
                b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            }
            t.check(readsOrRefuses(write(n++, b), false), "4 flipped bytes, variant " + i);
        }
        Path marker = dir.resolve("xxe-was-read.txt");
        Files.writeString(marker, "SECRET-XXE");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + marker.toUri() + "\">]>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e2 \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;&e2;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";
        for (String part : new String[] {"xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"}) {
            t.check(readsOrRefuses(rewrite(good, n++, part, (name, xml) -> xml.replaceFirst("<\\?xml[^>]*\\?>", xxe)
                    .replaceFirst("(<t[^>]*>)", "$1&e;")), false), "XXE in " + part);
            t.check(readsOrRefuses(rewrite(good, n++, part, (name, xml) -> xml.replaceFirst("<\\?xml[^>]*\\?>", laughs)
                    .replaceFirst("(<t[^>]*>)", "$1&g;")), false), "entity expansion in " + part);
        }
        t.check(readsOrRefuses(bomb(good, n++), false), "a zip bomb (40 MiB of blanks in a sheet)");
        Path big = dir.resolve("big.xlsx");
        try (var out = Files.newOutputStream(big)) {
            out.write(bytes);
            out.write(new byte[(int) XlsxImporter.MAX_FILE_BYTES]);
        }
        t.check(readsOrRefuses(big, false), "a file over the size limit");
        return t;
    }

    private Path write(int n, byte[] content) throws IOException {
        return Files.write(dir.resolve("v" + n + ".xlsx"), content);
    }

    /** Read without any exception but a Chinese ReportFormatException whose message names the file. */
    private static boolean readsOrRefuses(Path file, boolean mustRead) {
        try {
            var projects = new XlsxImporter().read(file);
            return !projects.toString().contains("SECRET-XXE");
        } catch (ReportFormatException e) {
            return !mustRead && Harness.chinese(e.getMessage()) && !String.valueOf(e.getMessage()).contains("SECRET-XXE");
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return false;
        }
    }

    private Path rewrite(Path good, int n, String part, BiFunction<String, String, String> change) throws IOException {
        Path f = dir.resolve("v" + n + ".xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    data = change.apply(part, new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        }
        return f;
    }

    private Path bomb(Path good, int n) throws IOException {
        Path f = dir.resolve("v" + n + ".xlsx");
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                }
                out.closeEntry();
            }
        }
        return f;
    }
}
