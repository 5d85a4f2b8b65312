package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Brings a workspace to the schema of this version with Flyway (classpath:db/migration). Before it
 * migrates a workspace that already holds data, it copies the file to the backups folder beside it
 * ({@code VACUUM INTO}, a consistent copy even in WAL mode) and keeps the newest {@link #keep}.
 */
final class WorkspaceMigrator {
    static final String LOCATION = "classpath:db/migration";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path file;
    private final Path backups;
    private final int keep;

    WorkspaceMigrator(Path file, Path backups, int keep) {
        this.file = file;
        this.backups = backups;
        this.keep = keep;
    }

    void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations(LOCATION)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                backUp(info.current() == null ? "0" : info.current().getVersion().getVersion());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new WorkspaceCorruptException("文件 " + file + " 不是本程序的工作区，或由不兼容的版本创建，无法升级。"
                    + "文件未做任何改动。", e);
        }
    }

    /** Copies the workspace into the backups folder; returns the copy. */
    Path backUp(String version) {
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new WorkspaceException("无法创建备份文件夹 " + backups + "，为安全起见未升级工作区。", e);
        }
        String stem = stem();
        Path target = backups.resolve(stem + "-" + LocalDateTime.now().format(STAMP) + "-v" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            throw new WorkspaceException("无法把工作区备份到 " + target + "，为安全起见未升级工作区。", e);
        }
        prune(stem);
        return target;
    }

    private void prune(String stem) {
        try (Stream<Path> files = Files.list(backups)) {
            List<Path> ours = files
                    .filter(p -> p.getFileName().toString().startsWith(stem + "-") && p.toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
            for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // an old backup that cannot be removed is harmless
        }
    }

    private String stem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
