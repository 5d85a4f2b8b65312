-- 部门整体支出绩效自评表: the base data the report does not hold elsewhere, and the clerk's row entries.
-- Amounts and scores are exact decimal text (see V3); the jOOQ set-up in the POM types them NUMERIC.
CREATE TABLE department_sheet (
    report_id           VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    three_public_prior  TEXT,
    three_public_budget TEXT,
    three_public_actual TEXT,
    budget_initial      TEXT,
    budget_adjusted     TEXT,
    budget_added        TEXT,
    procurement_planned TEXT,
    procurement_actual  TEXT,
    key_expenditure     TEXT,
    three_public_abroad           TEXT,
    three_public_vehicle_purchase TEXT,
    three_public_vehicle_running  TEXT,
    three_public_reception        TEXT,
    adjustment_reason   VARCHAR NOT NULL,
    sample_note         VARCHAR NOT NULL
);

CREATE TABLE sheet_entry (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    row_name  VARCHAR NOT NULL,
    score     TEXT,
    note      VARCHAR NOT NULL,
    PRIMARY KEY (report_id, position)
);
