-- Percorsi schema 4: keys for duplicate detection at intake (see
-- DuplicateFinder): a transliteration-insensitive key of each person's names
-- and the last digits of her phone, kept in step by triggers that call the
-- application functions name_key() and phone_key(). Local, never synced.
-- Also indexes for the orders and filters of the People page.

CREATE TABLE person_key (
    person_id INTEGER PRIMARY KEY,
    name_key  TEXT NOT NULL,
    phone_key TEXT
);

INSERT INTO person_key(person_id, name_key, phone_key)
SELECT id, name_key(given_name, family_name), phone_key(phone) FROM person;

CREATE INDEX person_key_name ON person_key(name_key);
CREATE INDEX person_key_phone ON person_key(phone_key) WHERE phone_key IS NOT NULL;

CREATE TRIGGER person_key_insert AFTER INSERT ON person
BEGIN
    INSERT OR REPLACE INTO person_key(person_id, name_key, phone_key)
    VALUES (new.id, name_key(new.given_name, new.family_name), phone_key(new.phone));
END;

CREATE TRIGGER person_key_update AFTER UPDATE OF given_name, family_name, phone ON person
BEGIN
    UPDATE person_key
    SET name_key = name_key(new.given_name, new.family_name), phone_key = phone_key(new.phone)
    WHERE person_id = new.id;
END;

CREATE TRIGGER person_key_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_key WHERE person_id = old.id;
END;

CREATE INDEX person_intake ON person(intake_date);
CREATE INDEX person_given ON person(given_name, family_name);
CREATE INDEX person_operator ON person(operator_id) WHERE operator_id IS NOT NULL;
CREATE INDEX person_status ON person(status, case_number);
