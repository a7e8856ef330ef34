-- Percorsi schema 7: employment outcomes.
-- Follow-ups become records of their own (due six months after a person leaves
-- the programme or a placement ends), so the placement's two follow-up columns
-- go. Self-entrepreneurship ventures, and the named participants of events.

ALTER TABLE placement DROP COLUMN followup_on;
ALTER TABLE placement DROP COLUMN followup_status;

CREATE TABLE followup (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    desk_id          INTEGER NOT NULL REFERENCES desk(id),
    hlc              INTEGER NOT NULL,
    hlc_desk         INTEGER NOT NULL,
    hlc_fields       TEXT,
    seq              INTEGER NOT NULL DEFAULT 0,
    person_id        INTEGER NOT NULL REFERENCES person(id),
    placement_id     INTEGER REFERENCES placement(id),
    reason           TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    done_on          TEXT,
    situation        TEXT,
    improved         INTEGER,
    note             TEXT
);
CREATE INDEX followup_person ON followup(person_id);
CREATE INDEX followup_placement ON followup(placement_id);
CREATE INDEX followup_due ON followup(done_on, due_on);
CREATE INDEX followup_seq ON followup(seq);

CREATE TABLE venture (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    desk_id          INTEGER NOT NULL REFERENCES desk(id),
    hlc              INTEGER NOT NULL,
    hlc_desk         INTEGER NOT NULL,
    hlc_fields       TEXT,
    seq              INTEGER NOT NULL DEFAULT 0,
    person_id        INTEGER NOT NULL REFERENCES person(id),
    business_idea    TEXT NOT NULL,
    sector           TEXT,
    training         TEXT,
    path_id          INTEGER REFERENCES path(id),
    stage            TEXT NOT NULL,
    started_on       TEXT,
    support          TEXT
);
CREATE INDEX venture_person ON venture(person_id);
CREATE INDEX venture_seq ON venture(seq);

CREATE TABLE event_participant (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    desk_id          INTEGER NOT NULL REFERENCES desk(id),
    hlc              INTEGER NOT NULL,
    hlc_desk         INTEGER NOT NULL,
    hlc_fields       TEXT,
    seq              INTEGER NOT NULL DEFAULT 0,
    event_id         INTEGER NOT NULL REFERENCES event(id),
    person_id        INTEGER NOT NULL REFERENCES person(id),
    UNIQUE (event_id, person_id)
);
CREATE INDEX event_participant_person ON event_participant(person_id);
CREATE INDEX event_participant_seq ON event_participant(seq);
