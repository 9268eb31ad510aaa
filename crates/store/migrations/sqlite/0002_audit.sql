-- The audit trail: every scan, decision, confirmation, approval and publication, hash-chained so
-- that an altered, removed or reordered entry is detected (`diarievakt audit verify`).
CREATE TABLE audit (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    sha256  TEXT,
    detail  TEXT NOT NULL,
    prev    TEXT NOT NULL,
    hash    TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_subject ON audit (subject);
