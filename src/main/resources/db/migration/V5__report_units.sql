-- 下属单位: the reports of a department's units, by id, in the order the clerk listed them (for the 汇总).
CREATE TABLE report_unit (
    report_id VARCHAR NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    unit_id   VARCHAR NOT NULL,
    PRIMARY KEY (report_id, position)
);
