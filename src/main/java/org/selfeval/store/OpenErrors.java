package org.selfeval.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.selfeval.store.WorkspaceException.Kind;

/**
 * Tells apart why a workspace could not be opened — locked, damaged, disk full, no permission, the
 * database library's folder unusable — from the exception chain, instead of calling every
 * SQLException "damaged". Each kind gets its own Chinese sentence naming the file.
 */
final class OpenErrors {
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private OpenErrors() {
    }

    /** The exception to throw for {@code e}; a {@link WorkspaceException} is passed on as it is. */
    static WorkspaceException classify(Path file, Throwable e) {
        if (e instanceof WorkspaceException w) {
            return w;
        }
        Kind kind = kindOf(file, e);
        if (kind == Kind.DAMAGED || kind == Kind.NOT_A_WORKSPACE) {
            return new WorkspaceCorruptException(kind, message(kind, file, e), e);
        }
        return new WorkspaceException(kind, message(kind, file, e), e);
    }

    static Kind kindOf(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsatisfiedLinkError || t.getClass().getName().equals("org.sqlite.NativeLibraryNotFoundException")) {
                return Kind.TEMP_FOLDER;
            }
            if (t instanceof SQLException sql) {
                Kind k = ofSqliteCode(file, sql.getErrorCode() & 0xff);
                if (k != null) {
                    return k;
                }
            }
            if (t instanceof AccessDeniedException) {
                return Kind.NO_PERMISSION;
            }
            if (t instanceof FileSystemException fs && isNoSpace(fs.getReason())) {
                return Kind.DISK_FULL;
            }
            if (isNoSpace(t.getMessage())) {
                return Kind.DISK_FULL;
            }
        }
        return Kind.OTHER;
    }

    private static Kind ofSqliteCode(Path file, int code) {
        return switch (code) {
            case SQLITE_FULL -> Kind.DISK_FULL;
            case SQLITE_PERM, SQLITE_READONLY -> Kind.NO_PERMISSION;
            case SQLITE_BUSY, SQLITE_LOCKED -> Kind.LOCKED;
            case SQLITE_CORRUPT -> Kind.DAMAGED;
            case SQLITE_NOTADB -> Kind.NOT_A_WORKSPACE;
            case SQLITE_CANTOPEN -> unreachable(file) ? Kind.NO_PERMISSION : null;
            case SQLITE_IOERR -> Files.exists(file) && freeSpace(file) < 1024 * 1024 ? Kind.DISK_FULL : null;
            default -> null;
        };
    }

    private static boolean unreachable(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return Files.exists(file) ? !Files.isReadable(file) || !Files.isWritable(file) : !Files.isWritable(dir);
    }

    private static long freeSpace(Path file) {
        try {
            return Files.getFileStore(file).getUsableSpace();
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isNoSpace(String text) {
        return text != null && (text.contains("No space left") || text.contains("disk is full")
                || text.contains("Disk quota exceeded"));
    }

    /** The folder sqlite-jdbc unpacks its native library into. */
    static String libraryFolder() {
        return System.getProperty(NativeLibraryFolder.PROPERTY, System.getProperty("java.io.tmpdir"));
    }

    static String message(Kind kind, Path file, Throwable cause) {
        String untouched = "文件未做任何改动。";
        return switch (kind) {
            case DISK_FULL -> "磁盘空间已满，无法打开工作区文件 " + file + "（打开时需要写入少量数据）。请腾出磁盘空间后再试；" + untouched;
            case NO_PERMISSION -> "没有权限读写工作区文件 " + file + " 或其所在的文件夹。请检查文件和文件夹的权限；" + untouched;
            case TEMP_FOLDER -> "无法加载数据库组件：它需要解压到文件夹 " + libraryFolder()
                    + " 并从那里运行，但该文件夹不存在、不可写或不允许运行程序。请检查该文件夹；工作区文件 " + file + " 未做任何改动。";
            case LOCKED -> "工作区文件 " + file + " 正被另一个程序锁定（例如打开了它的数据库工具）。请关闭那个程序后再试；" + untouched;
            case DAMAGED -> WorkspaceFileCheck.damaged(file, cause).getMessage();
            case NOT_A_WORKSPACE -> WorkspaceFileCheck.notAWorkspace(file).getMessage();
            case READ_ONLY, OTHER -> "工作区文件 " + file + " 未能打开：" + reason(cause) + " " + untouched;
        };
    }

    private static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? "未知原因。" : message;
    }
}
