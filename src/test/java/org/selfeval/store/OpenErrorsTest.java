package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Launcher;
import org.selfeval.store.WorkspaceException.Kind;

/** Issue 14.5: the causes of a failed open are told apart, each in Chinese, with no stack trace. */
class OpenErrorsTest {

    @Test
    void aMissingTempFolderDoesNotStopTheAppItUnpacksSqliteIntoItsOwnDataFolder(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        ChildJvm run = ChildJvm.run(List.of("-Djava.io.tmpdir=" + dir.resolve("missing")), Map.of("XDG_DATA_HOME", data.toString()),
                Launcher.class.getName(), "list", "--workspace", dir.resolve("ws.db").toString());
        assertThat(run.code()).as("%s %s", run.out(), run.err()).isZero();
        assertThat(run.out()).contains("还没有报告");
        assertThat(run.printedStackTrace()).isFalse();
        assertThat(data.resolve("selfeval").resolve(NativeLibraryFolder.FOLDER)).isDirectory();
    }

    @Test
    void anUnusableLibraryFolderIsNamedInOneLineNotCalledDamaged(@TempDir Path dir) throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("lib");
        Path ws = dir.resolve("ws.db");
        ChildJvm run = ChildJvm.run(List.of("-D" + NativeLibraryFolder.PROPERTY + "=" + blocked), Map.of(),
                Launcher.class.getName(), "list", "--workspace", ws.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("无法加载数据库组件").contains(blocked.toString()).doesNotContain("损坏");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.printedStackTrace()).isFalse();
        assertThat(ws).doesNotExist();
    }

    @Test
    void aFullDiskIsToldAsAFullDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("full.db");
        SQLException full;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x BLOB)");
            s.execute("PRAGMA max_page_count = " + 3);
            full = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("INSERT INTO t VALUES (zeroblob(100000))"));
        }
        WorkspaceException e = OpenErrors.classify(file, new org.flywaydb.core.api.FlywayException("wrapped", full));
        assertThat(e.kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(e.getMessage()).contains("磁盘空间已满").contains(file.toString()).doesNotContain("损坏");
    }

    @Test
    void anotherProgramsLockIsToldAsALockOnSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(() -> ws.save(SqliteWorkspaceTest.sample()))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.LOCKED))
                    .hasMessageContaining("锁定");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aFolderWithoutPermissionIsToldAsSuch(@TempDir Path dir) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "as root every file is writable: the check cannot fail here");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> SqliteWorkspace.open(locked.resolve("ws.db")))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_PERMISSION))
                    .hasMessageContaining("权限");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anSqliteFileOfAnotherProgramIsNotAWorkspace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteWorkspace.open(file))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_A_WORKSPACE))
                .hasMessageContaining("不是本程序的工作区");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
