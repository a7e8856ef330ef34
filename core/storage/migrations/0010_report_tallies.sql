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

-- Sessions of a path in a period with what the hours read, without the table.
CREATE INDEX session_report ON session(path_id, date, cancelled, minutes);
-- A person's attendance with what the rates read (funder reports leave out
-- the marks of people who did not consent).
CREATE INDEX attendance_report ON attendance(person_id, session_id, status, hours);
-- Consents to anonymous reporting, read by every funder report.
CREATE INDEX consent_reporting ON consent(person_id, given_on, withdrawn_on, expires_on)
    WHERE purpose = 'anonymous_reporting';
