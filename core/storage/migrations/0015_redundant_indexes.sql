-- Indexes whose columns lead a wider index of migration 13 on the same table:
-- every search they served, the wider one serves as well. Each was written on
-- every insert (a million times for the attendance of a large import) and
-- walked by every integrity check before an export, for nothing.
DROP INDEX attendance_person; -- attendance_report (person_id, session_id, status, hours)
DROP INDEX session_path;      -- session_report (path_id, date, cancelled, minutes)
DROP INDEX placement_person;  -- placement_report (person_id, start_date, type, stage, outcome)
DROP INDEX followup_person;   -- followup_report (person_id, reason, done_on, due_on, …)
