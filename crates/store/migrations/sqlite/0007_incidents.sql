-- Issue 15: unpublishing and personuppgiftsincidenter.
--
-- A withdrawal takes one file off the external web diary: a document's file (the gate withholds
-- it from then on, whatever else is recorded) or a file another system published (its owner takes
-- it down; `done_*` records that). What was exposed is kept with it, as it was at the time.
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    state         TEXT NOT NULL,
    discovered_at TEXT NOT NULL,
    opened_by     INTEGER NOT NULL REFERENCES users (id),
    opened_at     TEXT NOT NULL,
    risk          TEXT NOT NULL DEFAULT 'not_assessed',
    consequences  TEXT NOT NULL DEFAULT '',
    measures      TEXT NOT NULL DEFAULT '',
    justification TEXT,
    reported_at   TEXT,
    imy_reference TEXT,
    closed_at     TEXT,
    updated_by    INTEGER NOT NULL REFERENCES users (id),
    updated_at    TEXT NOT NULL
);
CREATE INDEX incidents_state ON incidents (state);

CREATE TABLE withdrawals (
    id           INTEGER PRIMARY KEY,
    document     TEXT,
    path         TEXT,
    sha256       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    reference    TEXT,
    reason       TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    at           TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT,
    categories   TEXT NOT NULL,
    people       INTEGER NOT NULL,
    incident_id  INTEGER REFERENCES incidents (id),
    done_by      INTEGER REFERENCES users (id),
    done_at      TEXT,
    CHECK ((document IS NULL) <> (path IS NULL))
);
CREATE UNIQUE INDEX withdrawals_document ON withdrawals (document, sha256) WHERE document IS NOT NULL;
CREATE UNIQUE INDEX withdrawals_path ON withdrawals (path, sha256) WHERE path IS NOT NULL;
CREATE INDEX withdrawals_incident ON withdrawals (incident_id);

CREATE TABLE incident_notes (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    kind        TEXT NOT NULL,
    text        TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    at          TEXT NOT NULL
);
