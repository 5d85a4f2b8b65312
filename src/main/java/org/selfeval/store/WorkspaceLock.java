package org.selfeval.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a sidecar file ({@code workspace.db.lock}) held while a workspace is open,
 * so that a second instance of the app is told plainly instead of writing over the first. The OS
 * releases the lock when the process ends, even when it is killed.
 */
final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = lockFileOf(workspace);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException("无法在 " + lockFile.getParent() + " 中创建锁文件，请检查该文件夹是否可写。", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("无法锁定工作区文件 " + workspace + "。", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceLockedException(workspace);
        }
        return new WorkspaceLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed below, which releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more can be done; the OS frees the lock when the process ends
        }
    }
}
