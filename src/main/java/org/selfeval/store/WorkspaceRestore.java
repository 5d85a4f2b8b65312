package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * Puts a backup in the place of a workspace file that is not open in this process. The backup must
 * pass the integrity check; the file it replaces (with its -wal) is kept in the backups folder as
 * {@code before-restore}; the -wal and -shm beside it are removed so that none can be replayed over the
 * restored file; the copy is written under a temporary name, fsynced and renamed.
 */
final class WorkspaceRestore {
    private WorkspaceRestore() {
    }

    static void restore(Path file, Path backup) {
        Path real = FileIdentity.realPath(file);
        try (WorkspaceLock lock = WorkspaceLock.acquire(real)) {
            if (Files.exists(real)) {
                DatabaseFileLock.probe(real);
            }
            if (!WorkspaceBackups.describe(backup, Instant.EPOCH, "").readable()) {
                throw WorkspaceFileCheck.damaged(backup, null);
            }
            WorkspaceBackups backups = new WorkspaceBackups(real);
            Files.createDirectories(backups.folder());
            String kept = backups.stem() + "-" + backups.stamp() + "-" + WorkspaceBackups.BEFORE_RESTORE + ".db";
            Path wal = real.resolveSibling(real.getFileName() + "-wal");
            if (Files.exists(real)) {
                Files.copy(real, backups.folder().resolve(kept), StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(wal)) {
                Files.move(wal, backups.folder().resolve(kept + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(real.resolveSibling(real.getFileName() + "-shm"));
            Path part = real.resolveSibling("." + real.getFileName() + ".restoring");
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            WorkspaceBackups.force(part);
            WorkspaceBackups.move(part, real);
            WorkspaceBackups.forceFolder(real.getParent());
            lock.record(FileIdentity.of(real));
        } catch (IOException e) {
            WorkspaceException why = OpenErrors.classify(real, e);
            throw new WorkspaceException(why.kind(), "无法从备份 " + backup + " 恢复工作区 " + real + "："
                    + (why.kind() == WorkspaceException.Kind.DISK_FULL ? "磁盘空间已满。" : e.getMessage())
                    + " 工作区文件保持原样。", e);
        }
    }
}
