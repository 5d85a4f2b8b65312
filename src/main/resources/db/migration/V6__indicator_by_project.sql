-- A project's indicators found by the project alone: the delete of a changed project cascades to its
-- indicators, and without this index SQLite read the whole indicator table for each project deleted
-- (indicator_owner leads with report_id). At 200 projects x 30 indicators this took an autosave from
-- about 31 to 28 ms (median); the scan grows with the workspace, the index lookup does not.
CREATE INDEX indicator_by_project ON indicator (project_id);
