package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files SQLite keeps beside a workspace ({@code -wal}, {@code -shm}, {@code -journal}). A refused
 * open removes those it created itself; a {@code -wal} that does not belong to the database file
 * beside it (the file was replaced, e.g. restored from a copy, after the -wal was written) is set
 * aside into the backups folder instead of being replayed over it.
 */
final class JournalFiles {
    private static final String[] SUFFIXES = {"-wal", "-shm", "-journal"};
    /** A checkpoint writes the database just after the -wal; a restore comes much later. */
    private static final Duration CHECKPOINT_MARGIN = Duration.ofSeconds(2);

    private final Path file;
    private final List<Path> existedBefore = new ArrayList<>();

    /** Notes which of the files are there before the open. */
    JournalFiles(Path file) {
        this.file = file;
        for (String s : SUFFIXES) {
            Path p = sibling(s);
            if (Files.exists(p)) {
                existedBefore.add(p);
            }
        }
    }

    private Path sibling(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** After a refused open: deletes the journal files this open created (never those already there). */
    void removeCreated() {
        for (String s : SUFFIXES) {
            Path p = sibling(s);
            if (!existedBefore.contains(p)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover -shm is harmless; it is rebuilt from the -wal
                }
            }
        }
    }

    /**
     * Sets a foreign {@code -wal} (and its {@code -shm}) aside into {@code backups}.
     *
     * @param recordedIdentity the database file's identity when the workspace was last opened, or ""
     * @return a Chinese notice for the clerk when something was set aside
     */
    Optional<String> setAsideForeignWal(String recordedIdentity, Path backups, String stamp) {
        Path wal = sibling("-wal");
        try {
            if (!Files.exists(wal) || Files.size(wal) == 0 || !Files.exists(file)) {
                return Optional.empty();
            }
            boolean replaced = !recordedIdentity.isEmpty() && !recordedIdentity.equals(FileIdentity.of(file));
            FileTime db = Files.getLastModifiedTime(file);
            FileTime log = Files.getLastModifiedTime(wal);
            boolean newer = db.toInstant().isAfter(log.toInstant().plus(CHECKPOINT_MARGIN));
            if (!replaced && !newer) {
                return Optional.empty();
            }
            Files.createDirectories(backups);
            Path aside = backups.resolve(file.getFileName() + "-" + stamp + "-foreign-wal");
            Files.move(wal, aside);
            Files.deleteIfExists(sibling("-shm"));
            existedBefore.remove(wal);
            return Optional.of("工作区文件 " + file + " 旁有一个不属于它的日志文件（-wal，可能是替换或恢复该文件后留下的）。"
                    + "为免把旧的修改写进现在的文件，它没有被应用，已移到 " + aside + "。");
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.NO_PERMISSION, "工作区文件 " + file
                    + " 旁有一个不属于它的日志文件（-wal），但无法把它移开：" + e.getMessage()
                    + "。为免把旧的修改写进现在的文件，工作区没有打开；文件未做任何改动。", e);
        }
    }
}
