-- Percorsi schema 14: a bundle import builds the search indexes, duplicate keys
-- and session tallies of the rows it inserts once, at its end, in set-based
-- statements (DeferredUpkeep), instead of by a trigger per row. The triggers
-- that keep them now skip the rows above the floor that upkeep_floor() gives for
-- their table: the highest id before the import on the importing connection,
-- and the largest integer everywhere else, so that outside an import they fire
-- exactly as before. A row keeps its id, so each row is kept either by the
-- triggers or by the catch-up, never by both.

DROP TRIGGER person_fts_insert;
DROP TRIGGER person_fts_update;
DROP TRIGGER person_fts_delete;

CREATE TRIGGER person_fts_insert AFTER INSERT ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    INSERT INTO person_fts(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF given_name, family_name, preferred_name ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    UPDATE person_fts
    SET name = fold(new.given_name || ' ' || new.family_name || ' '
                    || coalesce(new.preferred_name, ''))
    WHERE rowid = new.id;
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person
WHEN old.id <= upkeep_floor('person')
BEGIN
    DELETE FROM person_fts WHERE rowid = old.id;
END;

DROP TRIGGER person_words_insert;
DROP TRIGGER person_words_update;
DROP TRIGGER person_words_delete;

CREATE TRIGGER person_words_insert AFTER INSERT ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    INSERT INTO person_words(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_words_update AFTER UPDATE OF given_name, family_name, preferred_name ON person
WHEN old.id <= upkeep_floor('person')
BEGIN
    INSERT INTO person_words(person_words, rowid, name)
    VALUES ('delete', old.id, fold(old.given_name || ' ' || old.family_name || ' '
                                   || coalesce(old.preferred_name, '')));
    INSERT INTO person_words(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_words_delete AFTER DELETE ON person
WHEN old.id <= upkeep_floor('person')
BEGIN
    INSERT INTO person_words(person_words, rowid, name)
    VALUES ('delete', old.id, fold(old.given_name || ' ' || old.family_name || ' '
                                   || coalesce(old.preferred_name, '')));
END;

DROP TRIGGER person_key_insert;
DROP TRIGGER person_key_update;
DROP TRIGGER person_key_delete;

CREATE TRIGGER person_key_insert AFTER INSERT ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    INSERT OR REPLACE INTO person_key(person_id, name_key, phone_key)
    VALUES (new.id, name_key(new.given_name, new.family_name), phone_key(new.phone));
END;

CREATE TRIGGER person_key_update AFTER UPDATE OF given_name, family_name, phone ON person
WHEN new.id <= upkeep_floor('person')
BEGIN
    UPDATE person_key
    SET name_key = name_key(new.given_name, new.family_name), phone_key = phone_key(new.phone)
    WHERE person_id = new.id;
END;

CREATE TRIGGER person_key_delete AFTER DELETE ON person
WHEN old.id <= upkeep_floor('person')
BEGIN
    DELETE FROM person_key WHERE person_id = old.id;
END;

-- A mark above the floor is counted by the catch-up, which counts every mark of
-- its session again; below it, the running tally goes on as before.
DROP TRIGGER session_tally_insert;
DROP TRIGGER session_tally_update;
DROP TRIGGER session_tally_delete;

CREATE TRIGGER session_tally_insert AFTER INSERT ON attendance
WHEN new.id <= upkeep_floor('attendance')
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
WHEN old.id <= upkeep_floor('attendance')
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
WHEN old.id <= upkeep_floor('attendance')
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
