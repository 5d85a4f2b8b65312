-- Format 2 of the report: money kept exact, stated figures, the fields of other regions' reports.
--
-- 1. Every amount, score and weight column becomes TEXT holding the exact decimal ("56.781",
--    "12345678901234567.89"): SQLite stores a NUMERIC column as REAL, which rounds to 15-17 digits.
--    SQLite cannot change a column's type, so each table is rebuilt (create, copy, drop, rename);
--    Flyway runs this with foreign keys off, so dropping a parent cascades nothing. The old REAL
--    values came from 2-decimal figures, so printf('%.2f') gives them back exactly.
--    jOOQ generates its classes from these scripts: it keeps its NUMERIC (BigDecimal) view of these
--    columns, which sqlite-jdbc binds and reads as exact text; the rebuild itself is hidden from it.
-- 2. New columns (visible to jOOQ): stated figures as text ('' = stated blank, a leading '!' =
--    print the stated figure; NULL = not stated), 上年 totals, 人员经费 / 公用经费 (TEXT, which the
--    jOOQ set-up in the POM types as NUMERIC, like the rebuilt columns), 离退休人员.

/* [jooq ignore start] */
CREATE TABLE income_line_v3 (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    source    VARCHAR NOT NULL,
    amount    TEXT NOT NULL,
    PRIMARY KEY (report_id, source)
);
INSERT INTO income_line_v3 SELECT report_id, source, printf('%.2f', amount) FROM income_line;
DROP TABLE income_line;
ALTER TABLE income_line_v3 RENAME TO income_line;

CREATE TABLE expenditure_line_v3 (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    category  VARCHAR NOT NULL,
    amount    TEXT NOT NULL,
    PRIMARY KEY (report_id, category)
);
INSERT INTO expenditure_line_v3 SELECT report_id, category, printf('%.2f', amount) FROM expenditure_line;
DROP TABLE expenditure_line;
ALTER TABLE expenditure_line_v3 RENAME TO expenditure_line;

CREATE TABLE carryover_v3 (
    report_id        VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    basic            TEXT,
    project          TEXT,
    surplus          TEXT,
    prior_year_total TEXT
);
INSERT INTO carryover_v3 SELECT report_id,
    CASE WHEN basic IS NULL THEN NULL ELSE printf('%.2f', basic) END,
    CASE WHEN project IS NULL THEN NULL ELSE printf('%.2f', project) END,
    CASE WHEN surplus IS NULL THEN NULL ELSE printf('%.2f', surplus) END,
    CASE WHEN prior_year_total IS NULL THEN NULL ELSE printf('%.2f', prior_year_total) END
    FROM carryover;
DROP TABLE carryover;
ALTER TABLE carryover_v3 RENAME TO carryover;

CREATE TABLE performance_v3 (
    report_id              VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    duty_intro             VARCHAR NOT NULL,
    target_setting         VARCHAR NOT NULL,
    goal_achievement_text  VARCHAR,
    public_initial         TEXT,
    public_adjusted        TEXT,
    public_executed        TEXT,
    spending_control_text  VARCHAR,
    timely_handling        VARCHAR NOT NULL,
    budget_completion      VARCHAR NOT NULL,
    surplus_and_violations VARCHAR NOT NULL,
    internal_use           VARCHAR NOT NULL,
    disclosure             VARCHAR NOT NULL,
    rectification          VARCHAR NOT NULL
);
INSERT INTO performance_v3 SELECT report_id, duty_intro, target_setting, goal_achievement_text,
    CASE WHEN public_initial IS NULL THEN NULL ELSE printf('%.2f', public_initial) END,
    CASE WHEN public_adjusted IS NULL THEN NULL ELSE printf('%.2f', public_adjusted) END,
    CASE WHEN public_executed IS NULL THEN NULL ELSE printf('%.2f', public_executed) END,
    spending_control_text, timely_handling, budget_completion, surplus_and_violations, internal_use, disclosure,
    rectification FROM performance;
DROP TABLE performance;
ALTER TABLE performance_v3 RENAME TO performance;

CREATE TABLE conclusion_v3 (
    report_id       VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    score           TEXT,
    conclusion_text VARCHAR,
    problems        VARCHAR NOT NULL,
    suggestions     VARCHAR NOT NULL
);
INSERT INTO conclusion_v3 SELECT report_id, CASE WHEN score IS NULL THEN NULL ELSE printf('%.2f', score) END,
    conclusion_text, problems, suggestions FROM conclusion;
DROP TABLE conclusion;
ALTER TABLE conclusion_v3 RENAME TO conclusion;

CREATE TABLE project_v3 (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id              VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    project_key            VARCHAR,
    code                   VARCHAR,
    name                   VARCHAR NOT NULL,
    competent_department   VARCHAR NOT NULL,
    implementing_unit      VARCHAR NOT NULL,
    execution_weight       TEXT NOT NULL,
    execution_note         VARCHAR NOT NULL,
    adjustment_reason      VARCHAR NOT NULL,
    annual_goal            VARCHAR NOT NULL,
    goal_completion        VARCHAR NOT NULL,
    implementation_summary VARCHAR NOT NULL,
    evaluation_conclusion  VARCHAR NOT NULL,
    problems               VARCHAR NOT NULL,
    improvements           VARCHAR NOT NULL,
    project_lead           VARCHAR NOT NULL,
    finance_lead           VARCHAR NOT NULL,
    report_text            VARCHAR NOT NULL,
    data_note              VARCHAR,
    UNIQUE (report_id, position)
);
INSERT INTO project_v3 SELECT id, report_id, position, project_key, code, name, competent_department,
    implementing_unit, printf('%.2f', execution_weight), execution_note, adjustment_reason, annual_goal,
    goal_completion, implementation_summary, evaluation_conclusion, problems, improvements, project_lead,
    finance_lead, report_text, data_note FROM project;
DROP TABLE project;
ALTER TABLE project_v3 RENAME TO project;

CREATE TABLE project_fund_v3 (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    source     VARCHAR NOT NULL,
    initial    TEXT,
    adjusted   TEXT,
    executed   TEXT,
    PRIMARY KEY (project_id, source)
);
INSERT INTO project_fund_v3 SELECT project_id, source,
    CASE WHEN initial IS NULL THEN NULL ELSE printf('%.2f', initial) END,
    CASE WHEN adjusted IS NULL THEN NULL ELSE printf('%.2f', adjusted) END,
    CASE WHEN executed IS NULL THEN NULL ELSE printf('%.2f', executed) END
    FROM project_fund;
DROP TABLE project_fund;
ALTER TABLE project_fund_v3 RENAME TO project_fund;

CREATE TABLE indicator_v3 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id        VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    project_id       INTEGER REFERENCES project (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    level1           VARCHAR NOT NULL,
    level2           VARCHAR NOT NULL,
    name             VARCHAR NOT NULL,
    nature           VARCHAR NOT NULL,
    target           VARCHAR NOT NULL,
    unit             VARCHAR NOT NULL,
    actual           VARCHAR NOT NULL,
    weight           TEXT,
    score            TEXT,
    grade            VARCHAR,
    deviation_reason VARCHAR NOT NULL
);
INSERT INTO indicator_v3 SELECT id, report_id, project_id, position, level1, level2, name, nature, target, unit,
    actual, CASE WHEN weight IS NULL THEN NULL ELSE printf('%.2f', weight) END,
    CASE WHEN score IS NULL THEN NULL ELSE printf('%.2f', score) END, grade, deviation_reason FROM indicator;
DROP TABLE indicator;
ALTER TABLE indicator_v3 RENAME TO indicator;
CREATE INDEX indicator_owner ON indicator (report_id, project_id, position);
/* [jooq ignore stop] */

ALTER TABLE finances ADD COLUMN stated_income_total VARCHAR;
ALTER TABLE finances ADD COLUMN stated_expenditure_total VARCHAR;
ALTER TABLE finances ADD COLUMN prior_income_total TEXT;
ALTER TABLE finances ADD COLUMN prior_expenditure_total TEXT;
ALTER TABLE finances ADD COLUMN personnel_expenses TEXT;
ALTER TABLE finances ADD COLUMN public_expenses TEXT;
ALTER TABLE staffing ADD COLUMN retirees INTEGER;
ALTER TABLE project ADD COLUMN stated_total_initial VARCHAR;
ALTER TABLE project ADD COLUMN stated_total_adjusted VARCHAR;
ALTER TABLE project ADD COLUMN stated_total_executed VARCHAR;
ALTER TABLE project ADD COLUMN stated_execution_rate VARCHAR;
ALTER TABLE project ADD COLUMN stated_execution_score VARCHAR;
ALTER TABLE project ADD COLUMN stated_total_score VARCHAR;
ALTER TABLE indicator ADD COLUMN score_left_blank INTEGER NOT NULL DEFAULT 0;
