-- Scans of files (by SHA-256), decisions on their findings, consents (a confirmation by the one
-- who ticks the box, an approval by a team lead) and the team lead's review queue.
CREATE TABLE scans (
    sha256             TEXT PRIMARY KEY,
    scanned_at         TEXT NOT NULL,
    pages              INTEGER NOT NULL,
    pages_without_text TEXT NOT NULL,
    error              TEXT,
    findings           TEXT NOT NULL
);

CREATE TABLE decisions (
    sha256     TEXT NOT NULL,
    finding_id TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    reason     TEXT,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    at         TEXT NOT NULL,
    PRIMARY KEY (sha256, finding_id)
);

CREATE TABLE consents (
    document    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    at          TEXT NOT NULL,
    PRIMARY KEY (document, kind)
);

CREATE TABLE review_requests (
    id           INTEGER PRIMARY KEY,
    document     TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    reasons      TEXT NOT NULL,
    requested_by INTEGER NOT NULL REFERENCES users (id),
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL,
    decided_by   INTEGER REFERENCES users (id),
    decided_at   TEXT,
    comment      TEXT
);
CREATE INDEX review_requests_status ON review_requests (status);
