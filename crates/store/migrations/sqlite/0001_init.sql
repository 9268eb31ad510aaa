-- The diary database. Portable SQL (SQLite now, PostgreSQL for a shared team database later):
-- text dates (ISO 8601), integer booleans, $n parameters in the code.

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE series (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

-- One running number per series and year; incremented inside the registering transaction, so a
-- rolled-back registration never leaves a gap and two registrations never share a number.
CREATE TABLE number_counters (
    series TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    series            TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    year              INTEGER NOT NULL,
    title             TEXT NOT NULL,
    public_title      TEXT,
    description       TEXT,
    case_type         TEXT NOT NULL,
    counterpart       TEXT,
    status            TEXT NOT NULL,
    registered        TEXT NOT NULL,
    publish_date      TEXT,
    officer           TEXT,
    unit              TEXT,
    secrecy_reference TEXT,
    personal_data     INTEGER NOT NULL,
    doc_counter       INTEGER NOT NULL DEFAULT 0,
    search_text       TEXT NOT NULL,
    created_by        INTEGER NOT NULL REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES users (id),
    updated_at        TEXT NOT NULL,
    UNIQUE (series, year, seq)
);
CREATE INDEX cases_registered ON cases (registered);

CREATE TABLE files (
    sha256   TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    pages    INTEGER,
    added_at TEXT NOT NULL
);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    seq               INTEGER NOT NULL,
    number            TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    public_title      TEXT,
    direction         TEXT NOT NULL,
    date              TEXT NOT NULL,
    counterpart       TEXT,
    document_type     TEXT NOT NULL,
    secrecy_reference TEXT,
    personal_data     INTEGER NOT NULL,
    file_sha256       TEXT REFERENCES files (sha256),
    file_name         TEXT,
    publish_file      INTEGER NOT NULL DEFAULT 0,
    created_by        INTEGER NOT NULL REFERENCES users (id),
    created_at        TEXT NOT NULL,
    updated_by        INTEGER NOT NULL REFERENCES users (id),
    updated_at        TEXT NOT NULL,
    UNIQUE (case_id, seq)
);

-- What the registrar has typed but not saved: restored after a crash or restart.
CREATE TABLE drafts (
    user_id    INTEGER NOT NULL REFERENCES users (id),
    key        TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);

-- Who changed what, and when. Ids and numbers only: no personal data in this table.
CREATE TABLE changes (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    action  TEXT NOT NULL,
    entity  TEXT NOT NULL,
    ref     TEXT NOT NULL
);
CREATE INDEX changes_ref ON changes (ref);
