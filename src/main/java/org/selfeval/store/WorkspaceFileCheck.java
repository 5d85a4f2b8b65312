package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Checks an existing workspace file before anything writes to it: the SQLite header, then
 * {@code PRAGMA quick_check} on a read-only connection. A file that fails is never touched.
 */
final class WorkspaceFileCheck {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFileCheck() {
    }

    /** True when there is nothing yet: no file, or an empty one. */
    static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new WorkspaceException("无法读取工作区文件 " + file + "。", e);
        }
    }

    static void verify(Path file) {
        if (isNew(file)) {
            return;
        }
        byte[] head = new byte[HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException("无法读取工作区文件 " + file + "，请检查文件权限。", e);
        }
        if (read < HEADER.length || !Arrays.equals(head, HEADER)) {
            throw new WorkspaceCorruptException("文件 " + file + " 不是本程序的工作区（不是 SQLite 数据库文件）。"
                    + "文件未做任何改动；请用 --workspace 选择正确的工作区文件。");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String first = rs.next() ? rs.getString(1) : "";
            if (!"ok".equalsIgnoreCase(first)) {
                throw damaged(file, null);
            }
        } catch (SQLException e) {
            throw damaged(file, e);
        }
    }

    static WorkspaceCorruptException damaged(Path file, Throwable cause) {
        return new WorkspaceCorruptException("工作区文件 " + file + " 已损坏，无法打开。文件未做任何改动；"
                + "可以从旁边 backups 文件夹中的备份恢复，或用 --workspace 另选一个文件。", cause);
    }
}
