-- The inventory of already published files: one row per path scanned, its hash (the scan itself
-- lives in `scans`), and the team lead's call on it.
CREATE TABLE inventory (
    path       TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    scanned_at TEXT NOT NULL,
    verdict    TEXT,
    verdict_by INTEGER REFERENCES users (id),
    verdict_at TEXT
);
CREATE INDEX inventory_sha ON inventory (sha256);
