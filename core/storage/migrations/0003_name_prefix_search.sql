-- Percorsi schema 3: word-prefix search for queries of one or two letters,
-- which the trigram index cannot answer without a full scan. A contentless
-- FTS5 index over the same folded names, with prefix indexes of length 1 and 2.

CREATE VIRTUAL TABLE person_words USING fts5(
    name, content = '', tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2');

INSERT INTO person_words(rowid, name)
SELECT id, fold(given_name || ' ' || family_name || ' ' || coalesce(preferred_name, ''))
FROM person;

CREATE TRIGGER person_words_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_words(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_words_update AFTER UPDATE OF given_name, family_name, preferred_name ON person
BEGIN
    INSERT INTO person_words(person_words, rowid, name)
    VALUES ('delete', old.id, fold(old.given_name || ' ' || old.family_name || ' '
                                   || coalesce(old.preferred_name, '')));
    INSERT INTO person_words(rowid, name)
    VALUES (new.id, fold(new.given_name || ' ' || new.family_name || ' '
                         || coalesce(new.preferred_name, '')));
END;

CREATE TRIGGER person_words_delete AFTER DELETE ON person
BEGIN
    INSERT INTO person_words(person_words, rowid, name)
    VALUES ('delete', old.id, fold(old.given_name || ' ' || old.family_name || ' '
                                   || coalesce(old.preferred_name, '')));
END;
