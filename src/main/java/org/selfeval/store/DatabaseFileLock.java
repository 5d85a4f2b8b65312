package org.selfeval.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock on one byte of the database file itself, far beyond the bytes SQLite locks, held while
 * the workspace is open: a second instance that reaches the same file under another name (a hard
 * link, a second mount) finds it taken. POSIX locks of a process go when any of its descriptors of
 * the file is closed, so it is taken after the checks and the migration have closed their
 * connections, and only {@link #probe probed} before them.
 */
final class DatabaseFileLock implements AutoCloseable {
    /** 1 TiB: SQLite locks bytes at 1 GiB (its pending byte) and never this one. */
    static final long POSITION = 1L << 40;

    /**
     * The files held by this JVM, by identity: checked before a channel is opened, since closing a
     * second channel of the same file would drop the OS lock of the first.
     */
    private static final java.util.Set<String> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final HeldLock held;
    private final String identity;

    private DatabaseFileLock(HeldLock held, String identity) {
        this.held = held;
        this.identity = identity;
    }

    /** Throws {@link WorkspaceLockedException} when another process holds the file now. */
    static void probe(Path file) {
        hold(file).close();
    }

    static DatabaseFileLock hold(Path file) {
        String identity = FileIdentity.of(file);
        if (!identity.isEmpty() && !HELD.add(identity)) {
            throw new WorkspaceLockedException(file);
        }
        try {
            return lock(file, identity);
        } catch (RuntimeException e) {
            HELD.remove(identity);
            throw e;
        }
    }

    private static DatabaseFileLock lock(Path file, String identity) {
        FileChannel channel;
        boolean shared = false;
        try {
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                shared = true;
            }
        } catch (IOException e) {
            throw OpenErrors.classify(file, e);
        }
        return new DatabaseFileLock(HeldLock.take(channel, POSITION, 1, shared, file), identity);
    }

    @Override
    public void close() {
        held.close();
        HELD.remove(identity);
    }
}
