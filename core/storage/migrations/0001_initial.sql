-- Percorsi schema 1: every entity of the domain.
-- Synced tables share: id (internal join key), uuid (identity across desks),
-- desk_id (desk that created the record), hlc/hlc_desk (hybrid logical clock of
-- the record's creation or last whole-record write) and hlc_fields (JSON object
-- of per-field clocks that are newer than hlc).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE desk (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    hlc           INTEGER NOT NULL,
    hlc_desk      INTEGER NOT NULL,
    hlc_fields    TEXT,
    name          TEXT NOT NULL,
    code          TEXT NOT NULL UNIQUE,
    city          TEXT,
    neighbourhood TEXT,
    country       TEXT,
    next_case     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tombstone (
    entity   TEXT NOT NULL,
    uuid     TEXT NOT NULL,
    hlc      INTEGER NOT NULL,
    hlc_desk INTEGER NOT NULL,
    erased   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, uuid)
) WITHOUT ROWID;

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    desk_id       INTEGER NOT NULL REFERENCES desk(id),
    hlc           INTEGER NOT NULL,
    hlc_desk      INTEGER NOT NULL,
    hlc_fields    TEXT,
    username      TEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT
);

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    name        TEXT NOT NULL,
    funder      TEXT,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    sites       TEXT,
    description TEXT
);

CREATE TABLE project_target (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    desk_id    INTEGER NOT NULL REFERENCES desk(id),
    hlc        INTEGER NOT NULL,
    hlc_desk   INTEGER NOT NULL,
    hlc_fields TEXT,
    project_id INTEGER NOT NULL REFERENCES project(id),
    indicator  TEXT NOT NULL,
    target     INTEGER NOT NULL,
    note       TEXT,
    UNIQUE (project_id, indicator)
);

CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    desk_id           INTEGER NOT NULL REFERENCES desk(id),
    hlc               INTEGER NOT NULL,
    hlc_desk          INTEGER NOT NULL,
    hlc_fields        TEXT,
    case_number       TEXT NOT NULL UNIQUE,
    given_name        TEXT NOT NULL,
    family_name       TEXT NOT NULL,
    preferred_name    TEXT,
    gender            TEXT NOT NULL,
    birth_date        TEXT,
    birth_year        INTEGER,
    country_of_birth  TEXT,
    citizenships      TEXT,
    languages         TEXT,
    arrival_year      INTEGER,
    permit_type       TEXT,
    permit_expiry     TEXT,
    phone             TEXT,
    email             TEXT,
    address           TEXT,
    neighbourhood     TEXT,
    household_size    INTEGER,
    children          INTEGER,
    childcare_need    INTEGER,
    education_isced   INTEGER,
    language_level    TEXT,
    employment_status TEXT,
    disability        INTEGER,
    minority          INTEGER,
    housing           TEXT,
    referral_source   TEXT,
    intake_date       TEXT NOT NULL,
    operator_id       INTEGER REFERENCES app_user(id),
    status            TEXT NOT NULL,
    close_reason      TEXT,
    exit_date         TEXT,
    exit_situation    TEXT,
    notes             TEXT
);
CREATE INDEX person_desk ON person(desk_id);
CREATE INDEX person_family ON person(family_name, given_name);
CREATE INDEX person_phone ON person(phone) WHERE phone IS NOT NULL;

CREATE TABLE consent (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    purpose     TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    given_on    TEXT NOT NULL,
    expires_on  TEXT,
    withdrawn_on TEXT
);
CREATE INDEX consent_person ON consent(person_id);

CREATE TABLE assessment (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    desk_id             INTEGER NOT NULL REFERENCES desk(id),
    hlc                 INTEGER NOT NULL,
    hlc_desk            INTEGER NOT NULL,
    hlc_fields          TEXT,
    person_id           INTEGER NOT NULL REFERENCES person(id),
    assessed_on         TEXT NOT NULL,
    operator_id         INTEGER REFERENCES app_user(id),
    need_language       INTEGER,
    need_work           INTEGER,
    need_housing        INTEGER,
    need_legal          INTEGER,
    need_health         INTEGER,
    need_childcare      INTEGER,
    need_digital        INTEGER,
    need_social         INTEGER,
    need_income         INTEGER,
    self_esteem         INTEGER,
    autonomy            INTEGER,
    services_knowledge  INTEGER,
    notes               TEXT
);
CREATE INDEX assessment_person ON assessment(person_id, assessed_on);

CREATE TABLE plan_goal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    domain      TEXT NOT NULL,
    goal        TEXT NOT NULL,
    target_date TEXT,
    status      TEXT NOT NULL,
    notes       TEXT
);
CREATE INDEX plan_goal_person ON plan_goal(person_id);

CREATE TABLE path (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    desk_id              INTEGER NOT NULL REFERENCES desk(id),
    hlc                  INTEGER NOT NULL,
    hlc_desk             INTEGER NOT NULL,
    hlc_fields           TEXT,
    name                 TEXT NOT NULL,
    type                 TEXT NOT NULL,
    project_id           INTEGER REFERENCES project(id),
    trainer_id           INTEGER REFERENCES app_user(id),
    other_trainers       TEXT,
    start_date           TEXT NOT NULL,
    end_date             TEXT NOT NULL,
    planned_hours        REAL,
    capacity             INTEGER,
    place                TEXT,
    language             TEXT,
    attendance_threshold INTEGER,
    description          TEXT
);
CREATE INDEX path_project ON path(project_id);

CREATE TABLE session (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    desk_id    INTEGER NOT NULL REFERENCES desk(id),
    hlc        INTEGER NOT NULL,
    hlc_desk   INTEGER NOT NULL,
    hlc_fields TEXT,
    path_id    INTEGER NOT NULL REFERENCES path(id),
    date       TEXT NOT NULL,
    start_time TEXT NOT NULL,
    minutes    INTEGER NOT NULL,
    place      TEXT,
    topic      TEXT,
    cancelled  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX session_path ON session(path_id, date);
CREATE INDEX session_date ON session(date);

CREATE TABLE enrolment (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    desk_id        INTEGER NOT NULL REFERENCES desk(id),
    hlc            INTEGER NOT NULL,
    hlc_desk       INTEGER NOT NULL,
    hlc_fields     TEXT,
    path_id        INTEGER NOT NULL REFERENCES path(id),
    person_id      INTEGER NOT NULL REFERENCES person(id),
    enrolled_on    TEXT NOT NULL,
    status         TEXT NOT NULL,
    ended_on       TEXT,
    withdraw_reason TEXT,
    qualification  TEXT,
    UNIQUE (path_id, person_id)
);
CREATE INDEX enrolment_person ON enrolment(person_id);

CREATE TABLE attendance (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    desk_id    INTEGER NOT NULL REFERENCES desk(id),
    hlc        INTEGER NOT NULL,
    hlc_desk   INTEGER NOT NULL,
    hlc_fields TEXT,
    session_id INTEGER NOT NULL REFERENCES session(id),
    person_id  INTEGER NOT NULL REFERENCES person(id),
    status     TEXT NOT NULL,
    hours      REAL,
    UNIQUE (session_id, person_id)
);
CREATE INDEX attendance_person ON attendance(person_id);

CREATE TABLE intervention (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    kind        TEXT NOT NULL,
    date        TEXT NOT NULL,
    minutes     INTEGER,
    operator_id INTEGER REFERENCES app_user(id),
    note        TEXT
);
CREATE INDEX intervention_person ON intervention(person_id, date);

CREATE TABLE service (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL,
    address     TEXT,
    city        TEXT,
    phone       TEXT,
    email       TEXT,
    website     TEXT,
    hours       TEXT,
    languages   TEXT,
    eligibility TEXT,
    notes       TEXT
);

CREATE TABLE referral (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    service_id  INTEGER NOT NULL REFERENCES service(id),
    referred_on TEXT NOT NULL,
    reason      TEXT,
    status      TEXT NOT NULL,
    outcome     TEXT,
    closed_on   TEXT
);
CREATE INDEX referral_person ON referral(person_id);
CREATE INDEX referral_service ON referral(service_id);

CREATE TABLE employer (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    desk_id      INTEGER NOT NULL REFERENCES desk(id),
    hlc          INTEGER NOT NULL,
    hlc_desk     INTEGER NOT NULL,
    hlc_fields   TEXT,
    name         TEXT NOT NULL,
    sector       TEXT,
    size         TEXT,
    contact_name TEXT,
    phone        TEXT,
    email        TEXT,
    address      TEXT,
    city         TEXT,
    notes        TEXT
);

CREATE TABLE engagement (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    desk_id     INTEGER NOT NULL REFERENCES desk(id),
    hlc         INTEGER NOT NULL,
    hlc_desk    INTEGER NOT NULL,
    hlc_fields  TEXT,
    employer_id INTEGER NOT NULL REFERENCES employer(id),
    date        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX engagement_employer ON engagement(employer_id);

CREATE TABLE placement (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    desk_id          INTEGER NOT NULL REFERENCES desk(id),
    hlc              INTEGER NOT NULL,
    hlc_desk         INTEGER NOT NULL,
    hlc_fields       TEXT,
    person_id        INTEGER NOT NULL REFERENCES person(id),
    employer_id      INTEGER REFERENCES employer(id),
    type             TEXT NOT NULL,
    stage            TEXT NOT NULL,
    start_date       TEXT,
    end_date         TEXT,
    hours_per_week   REAL,
    outcome          TEXT,
    outcome_note     TEXT,
    followup_on      TEXT,
    followup_status  TEXT
);
CREATE INDEX placement_person ON placement(person_id);
CREATE INDEX placement_employer ON placement(employer_id);

CREATE TABLE event (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    desk_id          INTEGER NOT NULL REFERENCES desk(id),
    hlc              INTEGER NOT NULL,
    hlc_desk         INTEGER NOT NULL,
    hlc_fields       TEXT,
    name             TEXT NOT NULL,
    type             TEXT NOT NULL,
    date             TEXT NOT NULL,
    place            TEXT,
    project_id       INTEGER REFERENCES project(id),
    partners         TEXT,
    women            INTEGER,
    men              INTEGER,
    non_binary       INTEGER,
    age_under_18     INTEGER,
    age_18_29        INTEGER,
    age_30_54        INTEGER,
    age_55_plus      INTEGER,
    notes            TEXT
);

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    username    TEXT,
    action      TEXT NOT NULL,
    entity      TEXT,
    record_uuid TEXT,
    detail      TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
