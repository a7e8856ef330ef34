-- Percorsi schema 12: user names are unique only among the accounts that can
-- sign in here (those with a password hash). Accounts arrive from other
-- desks in bundles without their hash, and every desk's first administrator
-- is often called "admin": a column-wide UNIQUE refused those bundles whole.
--
-- SQLite cannot drop a column constraint, so app_user is rebuilt. Foreign
-- keys are checked at commit (defer_foreign_keys): the references to
-- app_user(id) hold again once the same ids are back. The rows of user_key,
-- which the drop cascades away, are kept aside and put back.

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE app_user_kept AS SELECT * FROM app_user;
CREATE TEMP TABLE user_key_kept AS SELECT * FROM user_key;

DROP TABLE app_user;

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    desk_id       INTEGER NOT NULL REFERENCES desk(id),
    hlc           INTEGER NOT NULL,
    hlc_desk      INTEGER NOT NULL,
    hlc_fields    TEXT,
    username      TEXT NOT NULL,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT,
    seq           INTEGER NOT NULL DEFAULT 0
);

INSERT INTO app_user(id, uuid, desk_id, hlc, hlc_desk, hlc_fields, username, full_name, role,
                     active, password_hash, seq)
SELECT id, uuid, desk_id, hlc, hlc_desk, hlc_fields, username, full_name, role, active,
       password_hash, seq
FROM app_user_kept;

INSERT OR REPLACE INTO user_key(user_id, salt, nonce, wrapped)
SELECT user_id, salt, nonce, wrapped FROM user_key_kept;

DROP TABLE app_user_kept;
DROP TABLE user_key_kept;

CREATE INDEX app_user_seq ON app_user(seq);
-- The accounts that sign in here: one per name.
CREATE UNIQUE INDEX app_user_local_name ON app_user(username) WHERE password_hash IS NOT NULL;
CREATE INDEX app_user_username ON app_user(username);
