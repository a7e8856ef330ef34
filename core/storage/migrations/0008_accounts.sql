-- Percorsi schema 8: sign-in state and the wrapped data key of each account.
-- Both are local to this installation and never travel in bundles.

-- Failed sign-ins in a row per user name (known or not, so that a locked
-- name does not tell whether it exists) and the end of a lockout.
CREATE TABLE login_state (
    username     TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0 -- ms since the epoch, UTC
) WITHOUT ROWID;

-- The installation's data key (for notes of special category), wrapped under
-- a key derived from the user's password with its own salt.
CREATE TABLE user_key (
    user_id INTEGER PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
    salt    BLOB NOT NULL,
    nonce   BLOB NOT NULL,
    wrapped BLOB NOT NULL
);

CREATE INDEX audit_at ON audit(at);
CREATE INDEX audit_username ON audit(username, at);
