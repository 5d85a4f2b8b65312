package org.selfeval.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

/**
 * The backups of one workspace, whole SQLite files in the {@code backups} folder beside it, named
 * {@code <stem>-<yyyyMMdd-HHmmss-SSS>-<kind>.db}. Each is written with {@code VACUUM INTO} (a
 * consistent copy even while the app writes) under a temporary name, fsynced, then renamed, so a
 * crash never leaves half a backup under a backup's name. Automatic ones are rotated: the newest
 * {@link #KEEP_NEWEST}, and the newest of each day for {@link #KEEP_DAYS} days.
 */
public final class WorkspaceBackups {
    public static final int KEEP_NEWEST = 10;
    public static final int KEEP_DAYS = 30;
    public static final String AUTO = "auto";
    public static final String BEFORE_RESTORE = "before-restore";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.db");

    private final Path workspace;
    private final Path folder;
    private final Clock clock;

    public WorkspaceBackups(Path workspace) {
        this(workspace, Clock.systemDefaultZone());
    }

    WorkspaceBackups(Path workspace, Clock clock) {
        this.workspace = workspace.toAbsolutePath();
        this.folder = AppPaths.backupsOf(this.workspace);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    String stem() {
        String name = workspace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    String stamp() {
        return LocalDateTime.now(clock).format(STAMP);
    }

    /** Copies the database open on {@code connection} into a new backup of {@code kind}; returns it. */
    Path create(Connection connection, String kind) throws IOException, SQLException {
        Files.createDirectories(folder);
        Path target = folder.resolve(stem() + "-" + stamp() + "-" + kind + ".db");
        Path part = folder.resolve("." + target.getFileName() + ".part");
        Files.deleteIfExists(part);
        try {
            try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, part.toString());
                s.execute();
            }
            force(part);
            move(part, target);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(part);
        }
        prune();
        return target;
    }

    static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Makes a rename durable; where folders cannot be opened (Windows) the rename is durable already. */
    static void forceFolder(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // not supported on this system
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The backups of this workspace, newest first, each opened read-only to list its reports. */
    public List<BackupInfo> list() {
        List<BackupInfo> found = new ArrayList<>();
        for (Path p : files()) {
            Matcher m = NAME.matcher(p.getFileName().toString().substring(stem().length()));
            if (m.matches()) {
                found.add(describe(p, takenAt(m.group(1)), m.group(2)));
            }
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).reversed());
        return found;
    }

    /** The newest backup that passes the integrity check, if any. */
    public Optional<BackupInfo> newestGood() {
        return list().stream().filter(BackupInfo::readable).findFirst();
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(stem() + "-") && n.endsWith(".db");
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Instant takenAt(String stamp) {
        try {
            return LocalDateTime.parse(stamp, STAMP).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static BackupInfo describe(Path file, Instant takenAt, String kind) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            if (!intact(c)) {
                return new BackupInfo(file, takenAt, kind, List.of(), false);
            }
            List<ReportSummary> reports = new ReportReader(DSL.using(c, SQLDialect.SQLITE)).list();
            return new BackupInfo(file, takenAt, kind, reports, true);
        } catch (SQLException | RuntimeException e) {
            return new BackupInfo(file, takenAt, kind, List.of(), false);
        }
    }

    static boolean intact(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        }
    }

    /** Removes automatic backups beyond the newest {@link #KEEP_NEWEST} and one a day for {@link #KEEP_DAYS} days. */
    void prune() {
        List<Path> auto = files().stream()
                .filter(p -> p.getFileName().toString().endsWith("-" + AUTO + ".db"))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                .toList();
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> daysKept = new HashSet<>();
        for (int i = 0; i < auto.size(); i++) {
            Path p = auto.get(i);
            Matcher m = NAME.matcher(p.getFileName().toString().substring(stem().length()));
            LocalDate day = m.matches() ? LocalDate.ofInstant(takenAt(m.group(1)), ZoneId.systemDefault()) : LocalDate.MIN;
            boolean recentDay = !day.isBefore(today.minusDays(KEEP_DAYS)) && daysKept.add(day);
            if (i >= KEEP_NEWEST && !recentDay) {
                delete(p);
            }
        }
    }

    /** Keeps the newest {@code keep} backups of the kinds {@code v<N>} (made before upgrades). */
    void pruneUpgrades(int keep) {
        List<Path> ours = files().stream()
                .filter(p -> p.getFileName().toString().matches(".*-v[0-9.]+\\.db"))
                .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                .toList();
        ours.subList(Math.min(keep, ours.size()), ours.size()).forEach(WorkspaceBackups::delete);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // an old backup that cannot be removed is harmless
        }
    }

    /** Whether a backup is due: none taken yet in this session, or the last one {@code every} ago. */
    static boolean due(Instant last, Instant now, Duration every) {
        return last == null || Duration.between(last, now).compareTo(every) >= 0;
    }
}
