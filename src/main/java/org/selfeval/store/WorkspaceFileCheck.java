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
import org.selfeval.store.WorkspaceException.Kind;
import org.sqlite.SQLiteConfig;

/**
 * Checks an existing workspace file before anything writes to it: not empty, the SQLite header, then
 * {@code PRAGMA quick_check} on a read-only connection, and that its tables are this app's (Flyway's
 * schema history is there). A file that fails is never touched.
 */
final class WorkspaceFileCheck {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String HISTORY = "flyway_schema_history";

    private WorkspaceFileCheck() {
    }

    /** True when there is nothing yet: no file. An empty file is not new: it is refused by {@link #verify}. */
    static boolean isNew(Path file) {
        return !Files.exists(file);
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
            throw OpenErrors.classify(file, e);
        }
        if (read == 0) {
            throw new WorkspaceCorruptException(Kind.DAMAGED, "工作区文件 " + file + " 是空的（0 字节），其中没有任何数据，"
                    + "可能在复制或保存中途被截断。为免把它当作新工作区覆盖，本程序没有打开它，文件未做任何改动；"
                    + "可以从旁边 backups 文件夹中的备份恢复，或确认不再需要后删除它再打开以新建工作区。", null);
        }
        if (read < HEADER.length || !Arrays.equals(head, HEADER)) {
            throw notAWorkspace(file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            if (!WorkspaceBackups.intact(c)) {
                throw damaged(file, null);
            }
            if (hasTablesButNoHistory(c)) {
                throw notAWorkspace(file);
            }
        } catch (SQLException e) {
            WorkspaceException why = OpenErrors.classify(file, e);
            throw why.kind() == Kind.OTHER ? damaged(file, e) : why;
        }
    }

    private static boolean hasTablesButNoHistory(Connection c) throws SQLException {
        boolean tables = false;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                if (HISTORY.equals(rs.getString(1))) {
                    return false;
                }
                tables = true;
            }
        }
        return tables;
    }

    static WorkspaceCorruptException notAWorkspace(Path file) {
        return new WorkspaceCorruptException(Kind.NOT_A_WORKSPACE, "文件 " + file + " 不是本程序的工作区（不是本程序的数据库文件）。"
                + "文件未做任何改动；请用 --workspace 选择正确的工作区文件。", null);
    }

    static WorkspaceCorruptException damaged(Path file, Throwable cause) {
        return new WorkspaceCorruptException("工作区文件 " + file + " 已损坏，无法打开。文件未做任何改动；"
                + "可以从旁边 backups 文件夹中的备份恢复，或用 --workspace 另选一个文件。", cause);
    }
}
