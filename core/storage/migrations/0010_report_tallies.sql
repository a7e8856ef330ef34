-- Running tallies and indexes for the indicator engine, so that the dashboard
-- reads one row per session instead of every attendance mark.

-- Per session: marks recorded, marks "present", present marks without their own
-- hours (they count the session's minutes, read at query time so that a change
-- of the session's length or a cancellation needs no upkeep here), and the sum
-- of the hours of present marks that carry them. Kept exact by the triggers
-- below, which every save, delete and bundle merge goes through.
CREATE TABLE session_tally (
    session_id      INTEGER PRIMARY KEY,
    recorded        INTEGER NOT NULL DEFAULT 0,
    present         INTEGER NOT NULL DEFAULT 0,
    present_untimed INTEGER NOT NULL DEFAULT 0,
    present_hours   REAL NOT NULL DEFAULT 0
);

INSERT INTO session_tally (session_id, recorded, present, present_untimed, present_hours)
SELECT session_id, count(*), sum(status = 'present'), sum(status = 'present' AND hours IS NULL),
       coalesce(sum(CASE WHEN status = 'present' THEN hours END), 0)
FROM attendance GROUP BY session_id;

CREATE TRIGGER session_tally_insert AFTER INSERT ON attendance
BEGIN
    INSERT INTO session_tally (session_id, recorded, present, present_untimed, present_hours)
    VALUES (NEW.session_id, 1, NEW.status = 'present',
            NEW.status = 'present' AND NEW.hours IS NULL,
            CASE WHEN NEW.status = 'present' THEN coalesce(NEW.hours, 0) ELSE 0 END)
    ON CONFLICT (session_id) DO UPDATE SET
        recorded = recorded + 1,
        present = present + excluded.present,
        present_untimed = present_untimed + excluded.present_untimed,
        present_hours = present_hours + excluded.present_hours;
END;

CREATE TRIGGER session_tally_delete AFTER DELETE ON attendance
BEGIN
    UPDATE session_tally SET
        recorded = recorded - 1,
        present = present - (OLD.status = 'present'),
        present_untimed = present_untimed - (OLD.status = 'present' AND OLD.hours IS NULL),
        present_hours = present_hours
                        - CASE WHEN OLD.status = 'present' THEN coalesce(OLD.hours, 0) ELSE 0 END
    WHERE session_id = OLD.session_id;
END;

CREATE TRIGGER session_tally_update AFTER UPDATE OF session_id, status, hours ON attendance
BEGIN
    UPDATE session_tally SET
        recorded = recorded - 1,
        present = present - (OLD.status = 'present'),
        present_untimed = present_untimed - (OLD.status = 'present' AND OLD.hours IS NULL),
        present_hours = present_hours
                        - CASE WHEN OLD.status = 'present' THEN coalesce(OLD.hours, 0) ELSE 0 END
    WHERE session_id = OLD.session_id;
    INSERT INTO session_tally (session_id, recorded, present, present_untimed, present_hours)
    VALUES (NEW.session_id, 1, NEW.status = 'present',
            NEW.status = 'present' AND NEW.hours IS NULL,
            CASE WHEN NEW.status = 'present' THEN coalesce(NEW.hours, 0) ELSE 0 END)
    ON CONFLICT (session_id) DO UPDATE SET
        recorded = recorded + 1,
        present = present + excluded.present,
        present_untimed = present_untimed + excluded.present_untimed,
        present_hours = present_hours + excluded.present_hours;
END;

CREATE TRIGGER session_tally_session_delete AFTER DELETE ON session
BEGIN
    DELETE FROM session_tally WHERE session_id = OLD.id;
END;

-- Per person: the dates of her first and latest assessment and, on each of
-- those dates, the sum and the number of the values of every need and scale,
-- so that "at entry against latest" reads one row per person. A change to any
-- of her assessments counts her few assessments again.
CREATE TABLE assessment_span (
    person_id INTEGER PRIMARY KEY,
    first_on  TEXT NOT NULL,
    latest_on TEXT NOT NULL,
    first_need_language INTEGER, first_n_need_language INTEGER, latest_need_language INTEGER, latest_n_need_language INTEGER,
    first_need_work INTEGER, first_n_need_work INTEGER, latest_need_work INTEGER, latest_n_need_work INTEGER,
    first_need_housing INTEGER, first_n_need_housing INTEGER, latest_need_housing INTEGER, latest_n_need_housing INTEGER,
    first_need_legal INTEGER, first_n_need_legal INTEGER, latest_need_legal INTEGER, latest_n_need_legal INTEGER,
    first_need_health INTEGER, first_n_need_health INTEGER, latest_need_health INTEGER, latest_n_need_health INTEGER,
    first_need_childcare INTEGER, first_n_need_childcare INTEGER, latest_need_childcare INTEGER, latest_n_need_childcare INTEGER,
    first_need_digital INTEGER, first_n_need_digital INTEGER, latest_need_digital INTEGER, latest_n_need_digital INTEGER,
    first_need_social INTEGER, first_n_need_social INTEGER, latest_need_social INTEGER, latest_n_need_social INTEGER,
    first_need_income INTEGER, first_n_need_income INTEGER, latest_need_income INTEGER, latest_n_need_income INTEGER,
    first_self_esteem INTEGER, first_n_self_esteem INTEGER, latest_self_esteem INTEGER, latest_n_self_esteem INTEGER,
    first_autonomy INTEGER, first_n_autonomy INTEGER, latest_autonomy INTEGER, latest_n_autonomy INTEGER,
    first_services_knowledge INTEGER, first_n_services_knowledge INTEGER, latest_services_knowledge INTEGER, latest_n_services_knowledge INTEGER
);

INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_work END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_work END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_health END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_health END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_social END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_social END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_income END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_income END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE 1 GROUP BY x.person_id;

CREATE TRIGGER assessment_span_insert AFTER INSERT ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id = NEW.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_work END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_work END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_health END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_health END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_social END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_social END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_income END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_income END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = NEW.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = NEW.person_id GROUP BY x.person_id;
END;

CREATE TRIGGER assessment_span_delete AFTER DELETE ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id = OLD.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_work END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_work END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_health END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_health END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_social END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_social END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_income END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_income END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = OLD.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = OLD.person_id GROUP BY x.person_id;
END;

CREATE TRIGGER assessment_span_update AFTER UPDATE ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_work END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_work END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_health END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_health END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_social END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_social END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_income END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_income END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = OLD.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = OLD.person_id GROUP BY x.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_language END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_language END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_language END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_work END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_work END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_work END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_housing END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_legal END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_health END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_health END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_health END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_childcare END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_digital END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_social END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_social END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_social END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.need_income END), count(CASE WHEN x.assessed_on = d.lo THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.need_income END), count(CASE WHEN x.assessed_on = d.hi THEN x.need_income END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.lo THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END), count(CASE WHEN x.assessed_on = d.hi THEN x.self_esteem END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.lo THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END), count(CASE WHEN x.assessed_on = d.hi THEN x.autonomy END),
           sum(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.lo THEN x.services_knowledge END),
           sum(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END), count(CASE WHEN x.assessed_on = d.hi THEN x.services_knowledge END)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = NEW.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = NEW.person_id AND NEW.person_id <> OLD.person_id
    GROUP BY x.person_id;
END;

-- Sessions of a path in a period with what the hours read, without the table.
CREATE INDEX session_report ON session(path_id, date, cancelled, minutes);
-- A person's attendance with what the rates read (funder reports leave out
-- the marks of people who did not consent).
CREATE INDEX attendance_report ON attendance(person_id, session_id, status, hours);
-- Consents to anonymous reporting, read by every funder report.
CREATE INDEX consent_reporting ON consent(person_id, given_on, withdrawn_on, expires_on)
    WHERE purpose = 'anonymous_reporting';
