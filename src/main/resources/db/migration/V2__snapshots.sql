-- Snapshots of a report: the whole report as report JSON (org.selfeval.exchange.ReportJson).
-- kind: auto (taken by the app, pruned to a bound) or named (taken by the clerk, kept).
CREATE TABLE snapshot (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id   VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('auto', 'named')),
    created_at  VARCHAR NOT NULL,
    report_json VARCHAR NOT NULL
);

CREATE INDEX snapshot_by_report ON snapshot (report_id, created_at);
