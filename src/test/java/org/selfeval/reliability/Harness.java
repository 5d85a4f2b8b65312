package org.selfeval.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Small helpers shared by the families of the harness. */
public final class Harness {
    private Harness() {
    }

    /** True when the text holds Chinese (our messages are Chinese sentences). */
    static boolean chinese(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Mounts a tmpfs of {@code size} (e.g. "2m") with {@code options}; false where that is not allowed. */
    public static boolean mountTmpfs(Path at, String size, String options) {
        try {
            Files.createDirectories(at);
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + (options.isEmpty() ? "" : "," + options),
                    "tmpfs", at.toString()).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static void unmount(Path at) {
        try {
            new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // left mounted under the temp folder until reboot
        }
    }

    /** Writes until the file system is full. */
    public static void fill(Path file) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space")) {
                throw e;
            }
        }
    }
}
