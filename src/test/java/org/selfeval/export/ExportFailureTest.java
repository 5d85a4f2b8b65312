package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;

/** Issue 14.8 and 14.9: exports fail whole and plainly; the JSON file is readable like any other. */
class ExportFailureTest {

    @Test
    void aLibrarysUncheckedWriteFailureIsTheIoExceptionItCarriesAndLeavesNothing(@TempDir Path dir) {
        Path target = dir.resolve("报告.pdf");
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write(new byte[1000]);
            throw new UncheckedIOException(new IOException("No space left on device"));
        })).isInstanceOf(IOException.class).satisfies(e ->
                assertThat(ExportErrors.describe(target, e)).contains("磁盘空间已满").contains(target.toString()));
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void theJsonExportIsReadableByOthersAndKeepsTheModeOfTheFileItReplaces(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions on this file system");
        Path target = dir.resolve("r.json");
        new JsonExporter().export(TestReports.sample(), target);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        new JsonExporter().export(TestReports.sample(), target);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
        assertThat(dir.toFile().list()).containsExactly("r.json");
    }
}
