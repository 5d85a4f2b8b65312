package org.selfeval.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a sidecar file ({@code workspace.db.lock}) held while a workspace is open,
 * so that a second instance of the app is told plainly instead of writing over the first. The OS
 * releases the lock when the process ends, even when it is killed. The sidecar is found from the
 * workspace's real path (symbolic links resolved), so a link to the file finds the same lock; a
 * hard link is caught by {@link DatabaseFileLock} on the file itself. The sidecar also keeps the
 * identity of the database file it was last opened with ({@link #recorded()}).
 */
final class WorkspaceLock implements AutoCloseable {
    private final HeldLock held;
    private final FileChannel channel;
    private final String recorded;

    private WorkspaceLock(HeldLock held, String recorded) {
        this.held = held;
        this.channel = held.channel();
        this.recorded = recorded;
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    /** @param workspace the real path of the workspace file ({@link FileIdentity#realPath}) */
    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = lockFileOf(workspace);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw OpenErrors.classify(workspace, e);
        }
        return new WorkspaceLock(HeldLock.take(channel, 0, Long.MAX_VALUE, false, workspace), read(channel));
    }

    private static String read(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** The identity of the database file written by the last open of this workspace, or "". */
    String recorded() {
        return recorded;
    }

    /** Writes the identity of the database file as it is opened now. */
    void record(String identity) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(identity.getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // only the foreign -wal check loses a hint; the file's times still serve it
        }
    }

    @Override
    public void close() {
        held.close();
    }
}
