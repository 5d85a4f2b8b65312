package org.selfeval.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file under a temporary name in the target's folder and moves it into place only when
 * complete, so a crash or an error never leaves half a file under the real name.
 */
public final class AtomicOutput {
    /** Writes the whole file to the stream it is given. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * A temporary file is created readable by its owner only; the finished file gets the permissions of
     * the file it replaces, or rw-r--r-- like any file the clerk saves.
     */
    private static void permissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, perms);
    }

    /**
     * Writes {@code target} whole or not at all: into a temporary file in its folder, fsynced, then
     * renamed over it (and the folder fsynced). A library that reports a failed write as an unchecked
     * exception (iText's "Cannot write to PdfStream" on a full disk) has it turned back into the
     * {@link IOException} it carries.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            } catch (RuntimeException e) {
                java.util.Optional<IOException> io = ExportErrors.ioCause(e).or(() -> fullDisk(dir, e));
                if (io.isPresent()) {
                    throw io.get();
                }
                throw e;
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            permissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Some libraries lose the IOException of a failed write (POI: "Failed to save: content types part");
     * when the folder's disk has no room left, that is named as the cause.
     */
    private static java.util.Optional<IOException> fullDisk(Path dir, RuntimeException e) {
        try {
            if (Files.getFileStore(dir).getUsableSpace() < 64 * 1024) {
                IOException full = new java.nio.file.FileSystemException(dir.toString(), null, "No space left on device");
                full.initCause(e);
                return java.util.Optional.of(full);
            }
        } catch (IOException ignored) {
            // the original error is reported
        }
        return java.util.Optional.empty();
    }

    private static void forceFolder(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // folders cannot be opened on every system (Windows); the rename is durable there
        }
    }
}
