-- A project's indicators found by the project alone: the delete of a changed project cascades to its
-- indicators, and without this index SQLite read the whole indicator table for each project deleted
-- (indicator_owner leads with report_id). One autosave at 200 projects x 30 indicators spent most of
-- its time there.
CREATE INDEX indicator_by_project ON indicator (project_id);
