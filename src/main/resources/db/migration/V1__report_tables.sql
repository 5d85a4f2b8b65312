-- The workspace: every part of org.selfeval.model.Report in normalised tables.
-- Money in 万元 as NUMERIC(18,2) (jOOQ maps it to BigDecimal); scores and weights NUMERIC(9,2).
-- Lists keep their order in a "position" column. Children go with their report (ON DELETE CASCADE).

CREATE TABLE workspace_meta (
    meta_key   VARCHAR NOT NULL PRIMARY KEY,
    meta_value VARCHAR NOT NULL
);

CREATE TABLE department (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    full_name  VARCHAR NOT NULL,
    short_name VARCHAR NOT NULL,
    UNIQUE (full_name, short_name)
);

CREATE TABLE report (
    id              VARCHAR NOT NULL PRIMARY KEY,
    department_id   INTEGER NOT NULL REFERENCES department (id),
    report_year     INTEGER NOT NULL,
    profile         VARCHAR NOT NULL,
    attachment_text VARCHAR,
    report_date     VARCHAR,
    updated_at      VARCHAR NOT NULL
);

CREATE TABLE basics (
    report_id    VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    organization VARCHAR NOT NULL,
    functions    VARCHAR NOT NULL,
    tasks_intro  VARCHAR NOT NULL,
    targets_text VARCHAR NOT NULL
);

CREATE TABLE staffing (
    report_id       VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    long_term_hired INTEGER,
    staffing_text   VARCHAR
);

-- kind: ESTABLISHMENT (核定编制) or ACTUAL (年末实有在职人员)
CREATE TABLE headcount (
    report_id   VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    kind        VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    category    VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    head_count  INTEGER NOT NULL,
    PRIMARY KEY (report_id, kind, position)
);

CREATE TABLE leadership_post (
    report_id  VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      VARCHAR NOT NULL,
    post_count INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- list: TASK (一(三)年度主要工作任务) or DUTY (三(一)履职绩效分析)
CREATE TABLE text_item (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    list      VARCHAR NOT NULL,
    position  INTEGER NOT NULL,
    title     VARCHAR NOT NULL,
    body      VARCHAR NOT NULL,
    PRIMARY KEY (report_id, list, position)
);

CREATE TABLE finances (
    report_id        VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    income_text      VARCHAR,
    expenditure_text VARCHAR,
    carryover_text   VARCHAR
);

CREATE TABLE income_line (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    source    VARCHAR NOT NULL,
    amount    NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (report_id, source)
);

CREATE TABLE expenditure_line (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    category  VARCHAR NOT NULL,
    amount    NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (report_id, category)
);

CREATE TABLE carryover (
    report_id        VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    basic            NUMERIC(18, 2),
    project          NUMERIC(18, 2),
    surplus          NUMERIC(18, 2),
    prior_year_total NUMERIC(18, 2)
);

CREATE TABLE performance (
    report_id              VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    duty_intro             VARCHAR NOT NULL,
    target_setting         VARCHAR NOT NULL,
    goal_achievement_text  VARCHAR,
    public_initial         NUMERIC(18, 2),
    public_adjusted        NUMERIC(18, 2),
    public_executed        NUMERIC(18, 2),
    spending_control_text  VARCHAR,
    timely_handling        VARCHAR NOT NULL,
    budget_completion      VARCHAR NOT NULL,
    surplus_and_violations VARCHAR NOT NULL,
    internal_use           VARCHAR NOT NULL,
    disclosure             VARCHAR NOT NULL,
    rectification          VARCHAR NOT NULL
);

CREATE TABLE conclusion (
    report_id       VARCHAR NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    score           NUMERIC(9, 2),
    conclusion_text VARCHAR,
    problems        VARCHAR NOT NULL,
    suggestions     VARCHAR NOT NULL
);

CREATE TABLE project (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id              VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    project_key            VARCHAR,
    code                   VARCHAR,
    name                   VARCHAR NOT NULL,
    competent_department   VARCHAR NOT NULL,
    implementing_unit      VARCHAR NOT NULL,
    execution_weight       NUMERIC(9, 2) NOT NULL,
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

CREATE TABLE project_fund (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    source     VARCHAR NOT NULL,
    initial    NUMERIC(18, 2),
    adjusted   NUMERIC(18, 2),
    executed   NUMERIC(18, 2),
    PRIMARY KEY (project_id, source)
);

-- project_id NULL: a row of the department's 整体支出绩效目标 (一(四)); else a project's row
CREATE TABLE indicator (
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
    weight           NUMERIC(9, 2),
    score            NUMERIC(9, 2),
    grade            VARCHAR,
    deviation_reason VARCHAR NOT NULL
);

CREATE INDEX indicator_owner ON indicator (report_id, project_id, position);

CREATE TABLE finding_note (
    report_id   VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    finding_key VARCHAR NOT NULL,
    note_text   VARCHAR NOT NULL,
    PRIMARY KEY (report_id, position)
);
