package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

class SnapshotStoreTest {
    /** A clock that moves one second on every reading, so that every snapshot has its own time. */
    static Clock ticking() {
        AtomicLong seconds = new AtomicLong(1_700_000_000L);
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(seconds.getAndAdd(1));
            }
        };
    }

    @Test
    void snapshotsListNewestFirstAndLoadTheReportAsItWas(@TempDir Path dir) throws Exception {
        Report v1 = SqliteWorkspaceTest.sample();
        Report v2 = v1.withFinances(v1.finances().withIncome(IncomeSource.OTHER, new BigDecimal("12.34")));
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"), ticking())) {
            ws.save(v1);
            SnapshotInfo first = ws.snapshots().create(v1.id(), "初稿", SnapshotKind.NAMED);
            ws.save(v2);
            SnapshotInfo second = ws.snapshots().create(v2, null, SnapshotKind.AUTO);

            assertThat(ws.snapshots().list(v1.id())).extracting(SnapshotInfo::id).containsExactly(second.id(), first.id());
            assertThat(first.name()).isEqualTo("初稿");
            assertThat(second.name()).isEqualTo("自动快照");
            assertThat(Duration.between(first.createdAt(), second.createdAt())).isPositive();
            assertThat(ws.snapshots().load(first.id())).contains(v1);
            assertThat(ws.snapshots().load(second.id())).contains(v2);
            assertThat(ws.snapshots().load(99_999)).isEmpty();
        }
    }

    @Test
    void automaticSnapshotsArePrunedNamedOnesKept(@TempDir Path dir) throws Exception {
        Report r = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"), ticking())) {
            ws.save(r);
            SnapshotInfo named = ws.snapshots().create(r.id(), "提交前", SnapshotKind.NAMED);
            SnapshotInfo last = null;
            for (int i = 0; i < SqliteWorkspace.AUTO_SNAPSHOTS_KEPT + 5; i++) {
                last = ws.snapshots().create(r.id(), null, SnapshotKind.AUTO);
            }
            var all = ws.snapshots().list(r.id());
            assertThat(all.stream().filter(s -> s.kind() == SnapshotKind.AUTO)).hasSize(SqliteWorkspace.AUTO_SNAPSHOTS_KEPT);
            assertThat(all).extracting(SnapshotInfo::id).contains(named.id());
            assertThat(all.get(0).id()).isEqualTo(last.id());
        }
    }

    @Test
    void aSnapshotOfAnUnknownReportIsRefused(@TempDir Path dir) {
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"))) {
            assertThatThrownBy(() -> ws.snapshots().create("nope", "x", SnapshotKind.NAMED))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("nope");
        }
    }
}
