-- Percorsi schema 18: report_facts keeps, for each person, the columns the
-- dashboard counts, packed into one blob by report_facts() (see
-- core/storage/ReportFacts.h). The dashboard's pass over the people read
-- fifteen columns of the covering index of migration 13 for each person in
-- scope, and a column cost it about as much as the counting done with it;
-- it now reads one. The index is dropped: nothing else reads it.
--
-- The enrolments of a path are indexed by person before status: each of the
-- dashboard's two threads finds its own people's enrolments in a project's
-- paths, where both read all of them and kept half. Counts by status read
-- the few enrolments of one path.
--
-- path_tally adds up, for each path, the tallies of its sessions (below).

DROP INDEX person_report;
DROP INDEX enrolment_report;
CREATE INDEX enrolment_report ON enrolment(path_id, person_id, status, enrolled_on);

CREATE TABLE report_facts (
    person_id INTEGER PRIMARY KEY,
    facts     BLOB NOT NULL
);

INSERT INTO report_facts
    SELECT id, report_facts(intake_date, desk_id, gender, birth_date, birth_year, citizenships,
                            country_of_birth, employment_status, housing, status, exit_date,
                            exit_situation, education_isced, disability, minority)
    FROM person;

-- As the other insert triggers on person (migration 14): idle above the floor
-- of a bulk load, whose end packs its people at once.
CREATE TRIGGER report_facts_insert AFTER INSERT ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    INSERT OR REPLACE INTO report_facts(person_id, facts)
    VALUES (new.id, report_facts(new.intake_date, new.desk_id, new.gender, new.birth_date,
                                 new.birth_year, new.citizenships, new.country_of_birth,
                                 new.employment_status, new.housing, new.status, new.exit_date,
                                 new.exit_situation, new.education_isced, new.disability,
                                 new.minority));
END;

CREATE TRIGGER report_facts_update AFTER UPDATE OF intake_date, desk_id, gender, birth_date,
    birth_year, citizenships, country_of_birth, employment_status, housing, status, exit_date,
    exit_situation, education_isced, disability, minority ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    UPDATE report_facts
    SET facts = report_facts(new.intake_date, new.desk_id, new.gender, new.birth_date,
                             new.birth_year, new.citizenships, new.country_of_birth,
                             new.employment_status, new.housing, new.status, new.exit_date,
                             new.exit_situation, new.education_isced, new.disability,
                             new.minority)
    WHERE person_id = new.id;
END;

CREATE TRIGGER report_facts_delete AFTER DELETE ON person
WHEN old.id <= upkeep_floor('person')
BEGIN
    DELETE FROM report_facts WHERE person_id = old.id;
END;

-- Per path, over its sessions not cancelled: the first and last day, the
-- minutes, and the sums of their tallies (untimed_minutes: present marks
-- without hours of their own times the minutes of their session). The
-- dashboard reads one row for a path whose sessions all fall within its
-- period, and the sessions of the others. path_tally_now counts them from
-- the sessions; the triggers count a path again when one of its sessions
-- changes, and add the difference when its marks do.
CREATE VIEW path_tally_now AS
    SELECT s.path_id AS path_id, min(s.date) AS first_on, max(s.date) AS last_on,
           sum(s.minutes) AS minutes, coalesce(sum(t.recorded), 0) AS recorded,
           coalesce(sum(t.present), 0) AS present,
           coalesce(sum(t.present_hours), 0.0) AS present_hours,
           coalesce(sum(t.present_untimed * s.minutes), 0) AS untimed_minutes
    FROM session s LEFT JOIN session_tally t ON t.session_id = s.id
    WHERE s.cancelled = 0 GROUP BY s.path_id;

CREATE TABLE path_tally (
    path_id         INTEGER PRIMARY KEY,
    first_on        TEXT NOT NULL,
    last_on         TEXT NOT NULL,
    minutes         INTEGER NOT NULL,
    recorded        INTEGER NOT NULL,
    present         INTEGER NOT NULL,
    present_hours   REAL NOT NULL,
    untimed_minutes INTEGER NOT NULL
);

INSERT INTO path_tally SELECT * FROM path_tally_now;

CREATE TRIGGER path_tally_session_insert AFTER INSERT ON session
BEGIN
    DELETE FROM path_tally WHERE path_id = NEW.path_id;
    INSERT INTO path_tally SELECT * FROM path_tally_now WHERE path_id = NEW.path_id;
END;

CREATE TRIGGER path_tally_session_update AFTER UPDATE OF path_id, date, minutes, cancelled ON session
BEGIN
    DELETE FROM path_tally WHERE path_id IN (OLD.path_id, NEW.path_id);
    INSERT INTO path_tally SELECT * FROM path_tally_now WHERE path_id = OLD.path_id;
    INSERT INTO path_tally SELECT * FROM path_tally_now
    WHERE path_id = NEW.path_id AND NEW.path_id <> OLD.path_id;
END;

CREATE TRIGGER path_tally_session_delete AFTER DELETE ON session
BEGIN
    DELETE FROM path_tally WHERE path_id = OLD.path_id;
    INSERT INTO path_tally SELECT * FROM path_tally_now WHERE path_id = OLD.path_id;
END;

-- A session's tally is counted, changed or removed: the difference goes to
-- its path, unless the session is cancelled or gone (counted again above).
CREATE TRIGGER path_tally_marks_insert AFTER INSERT ON session_tally
BEGIN
    UPDATE path_tally SET
        recorded = recorded + NEW.recorded,
        present = present + NEW.present,
        present_hours = present_hours + NEW.present_hours,
        untimed_minutes = untimed_minutes + NEW.present_untimed * s.minutes
    FROM session s
    WHERE s.id = NEW.session_id AND s.cancelled = 0 AND path_tally.path_id = s.path_id;
END;

-- A tally stays with its session: the difference of its marks goes to one path.
CREATE TRIGGER path_tally_marks_move BEFORE UPDATE OF session_id ON session_tally
WHEN NEW.session_id IS NOT OLD.session_id
BEGIN
    SELECT RAISE(ABORT, 'a session tally stays with its session');
END;

CREATE TRIGGER path_tally_marks_update AFTER UPDATE ON session_tally
BEGIN
    UPDATE path_tally SET
        recorded = recorded + NEW.recorded - OLD.recorded,
        present = present + NEW.present - OLD.present,
        present_hours = present_hours + NEW.present_hours - OLD.present_hours,
        untimed_minutes = untimed_minutes + (NEW.present_untimed - OLD.present_untimed) * s.minutes
    FROM session s
    WHERE s.id = NEW.session_id AND s.cancelled = 0 AND path_tally.path_id = s.path_id;
END;

CREATE TRIGGER path_tally_marks_delete AFTER DELETE ON session_tally
BEGIN
    UPDATE path_tally SET
        recorded = recorded - OLD.recorded,
        present = present - OLD.present,
        present_hours = present_hours - OLD.present_hours,
        untimed_minutes = untimed_minutes - OLD.present_untimed * s.minutes
    FROM session s
    WHERE s.id = OLD.session_id AND s.cancelled = 0 AND path_tally.path_id = s.path_id;
END;
