-- Issue 14: masked copies. One verified copy per original file (the latest replaces the earlier);
-- the copy's bytes are in the archive like any file, keyed by their SHA-256. `record` is the
-- model's MaskedCopy as JSON (what was masked, by whom, what verification proved).
CREATE TABLE masked_copies (
    original_sha256 TEXT PRIMARY KEY,
    sha256          TEXT NOT NULL,
    record          TEXT NOT NULL,
    user_id         INTEGER NOT NULL REFERENCES users (id),
    at              TEXT NOT NULL
);
