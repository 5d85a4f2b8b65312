package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14.9: copies of the native library left by killed runs do not pile up in the app's folder. */
class NativeLibraryFolderTest {
    @Test
    void leftoversOfKilledRunsAreRemovedAFreshCopyIsKept(@TempDir Path dir) throws Exception {
        Path old = Files.write(dir.resolve("sqlite-3.54.1.0-aaaa-libsqlitejdbc.so"), new byte[1000]);
        Path oldLock = Files.write(dir.resolve("sqlite-3.54.1.0-aaaa-libsqlitejdbc.so.lck"), new byte[0]);
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(oldLock, FileTime.from(Instant.now().minusSeconds(3600)));
        Path fresh = Files.write(dir.resolve("sqlite-3.54.1.0-bbbb-libsqlitejdbc.so"), new byte[1000]);
        Path other = Files.write(dir.resolve("notes.txt"), new byte[1]);
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));
        NativeLibraryFolder.removeLeftovers(dir);
        assertThat(old).doesNotExist();
        assertThat(oldLock).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }
}
