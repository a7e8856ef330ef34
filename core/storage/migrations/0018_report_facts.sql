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
