-- Percorsi schema 6: sync by bundles.
-- seq: a local change sequence (a tick of this installation's clock at every
-- local write or merge), so that "what changed since the last bundle sent to
-- this peer" includes changes relayed from other desks, whose own stamps may
-- be older than the peer's watermark.

ALTER TABLE desk ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE desk SET seq = hlc;
CREATE INDEX desk_seq ON desk(seq);

ALTER TABLE app_user ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE app_user SET seq = hlc;
CREATE INDEX app_user_seq ON app_user(seq);

ALTER TABLE project ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE project SET seq = hlc;
CREATE INDEX project_seq ON project(seq);

ALTER TABLE project_target ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE project_target SET seq = hlc;
CREATE INDEX project_target_seq ON project_target(seq);

ALTER TABLE person ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE person SET seq = hlc;
CREATE INDEX person_seq ON person(seq);

ALTER TABLE consent ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE consent SET seq = hlc;
CREATE INDEX consent_seq ON consent(seq);

ALTER TABLE assessment ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE assessment SET seq = hlc;
CREATE INDEX assessment_seq ON assessment(seq);

ALTER TABLE plan_goal ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE plan_goal SET seq = hlc;
CREATE INDEX plan_goal_seq ON plan_goal(seq);

ALTER TABLE path ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE path SET seq = hlc;
CREATE INDEX path_seq ON path(seq);

ALTER TABLE session ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE session SET seq = hlc;
CREATE INDEX session_seq ON session(seq);

ALTER TABLE enrolment ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE enrolment SET seq = hlc;
CREATE INDEX enrolment_seq ON enrolment(seq);

ALTER TABLE attendance ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE attendance SET seq = hlc;
CREATE INDEX attendance_seq ON attendance(seq);

ALTER TABLE intervention ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE intervention SET seq = hlc;
CREATE INDEX intervention_seq ON intervention(seq);

ALTER TABLE service ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE service SET seq = hlc;
CREATE INDEX service_seq ON service(seq);

ALTER TABLE referral ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE referral SET seq = hlc;
CREATE INDEX referral_seq ON referral(seq);

ALTER TABLE employer ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE employer SET seq = hlc;
CREATE INDEX employer_seq ON employer(seq);

ALTER TABLE engagement ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE engagement SET seq = hlc;
CREATE INDEX engagement_seq ON engagement(seq);

ALTER TABLE placement ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE placement SET seq = hlc;
CREATE INDEX placement_seq ON placement(seq);

ALTER TABLE event ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE event SET seq = hlc;
CREATE INDEX event_seq ON event(seq);

ALTER TABLE tombstone ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE tombstone SET seq = hlc;
CREATE INDEX tombstone_seq ON tombstone(seq);


-- A value overwritten by a concurrent edit from another desk, kept until a
-- coordinator confirms or reverses the outcome.
CREATE TABLE conflict (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    field       TEXT NOT NULL,
    kept_value  TEXT,
    kept_hlc    INTEGER NOT NULL,
    kept_desk   TEXT NOT NULL,
    lost_value  TEXT,
    lost_hlc    INTEGER NOT NULL,
    lost_desk   TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution  TEXT,
    UNIQUE (entity, record_uuid, field, lost_hlc)
);
CREATE INDEX conflict_open ON conflict(resolved_at, entity, record_uuid);

-- What this installation last sent to each peer desk.
CREATE TABLE peer (
    desk_uuid TEXT PRIMARY KEY,
    sent_seq  INTEGER NOT NULL DEFAULT 0,
    sent_at   TEXT
) WITHOUT ROWID;

-- Every bundle written or applied here.
CREATE TABLE bundle_log (
    id          INTEGER PRIMARY KEY,
    bundle_uuid TEXT NOT NULL,
    direction   TEXT NOT NULL,
    peer_desk   TEXT,
    source_desk TEXT NOT NULL,
    at          TEXT NOT NULL,
    format      TEXT NOT NULL,
    rows        INTEGER NOT NULL,
    summary     TEXT
);
