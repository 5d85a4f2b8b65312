package org.selfeval.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;

/**
 * An OS file lock and its channel, taken without waiting. The OS releases it when the process ends,
 * even when it is killed. Shared by the sidecar lock and the lock on the database file.
 */
record HeldLock(FileChannel channel, FileLock lock) implements AutoCloseable {

    /** Takes the region or throws {@link WorkspaceLockedException}; the channel is closed on failure. */
    static HeldLock take(FileChannel channel, long position, long size, boolean shared, Path workspace) {
        FileLock lock;
        try {
            lock = channel.tryLock(position, size, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw OpenErrors.classify(workspace, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceLockedException(workspace);
        }
        return new HeldLock(channel, lock);
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

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more can be done; the OS frees the lock when the process ends
        }
    }
}
