-- Percorsi schema 2: name search. A folded copy of each person's names
-- (see NameFolding) in an FTS5 trigram index, kept in step by triggers that
-- call the application function fold().

CREATE VIRTUAL TABLE person_fts USING fts5(name, tokenize = 'trigram');

INSERT INTO person_fts(rowid, name)
SELECT id, fold(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, ''))
FROM person;

CREATE TRIGGER person_fts_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_fts(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_fts_update AFTER UPDATE OF given_name, family_name, preferred_name ON person
BEGIN
    UPDATE person_fts
    SET name = fold(new.given_name || ' ' || new.family_name || ' '
                    || coalesce(new.preferred_name, ''))
    WHERE rowid = new.id;
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = old.id;
END;
