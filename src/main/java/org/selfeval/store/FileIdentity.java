package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Which file a path really names: its real path, and the OS identity (device and inode) of the file. */
final class FileIdentity {
    private FileIdentity() {
    }

    /** The path with every symbolic link resolved; for a file not yet there, its folder's real path. */
    static Path realPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            return abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    /** The OS identity of the file (on Unix "(dev=…,ino=…)"), or "" when it has none. */
    static String of(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key == null ? "" : key.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
