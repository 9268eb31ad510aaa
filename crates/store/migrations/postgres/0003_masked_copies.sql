-- Issue 14: masked copies – the same table as the SQLite diary
-- (migrations/sqlite/0008_masked_copies.sql), with what the server enforces:
--   * the three working roles record a copy, always in their own name; the DPO and the
--     administrator only read;
--   * a copy is never the original itself (the copy's hash differs from the original's) and its
--     bytes must already be in the archive;
--   * removing a copy is the safe direction (the original's own rules apply again).
CREATE TABLE masked_copies (
    original_sha256 TEXT PRIMARY KEY,
    sha256          TEXT NOT NULL REFERENCES file_blobs (sha256),
    record          TEXT NOT NULL,
    user_id         BIGINT NOT NULL REFERENCES users (id),
    at              TEXT NOT NULL,
    CHECK (sha256 <> original_sha256)
);

REVOKE ALL ON masked_copies FROM PUBLIC;
GRANT SELECT ON masked_copies
    TO diarievakt_registrator, diarievakt_handlaggare, diarievakt_teamledare, diarievakt_dataskyddsombud, diarievakt_admin;
GRANT INSERT, UPDATE, DELETE ON masked_copies TO diarievakt_registrator, diarievakt_handlaggare, diarievakt_teamledare;

ALTER TABLE masked_copies ENABLE ROW LEVEL SECURITY;
CREATE POLICY masked_copies_read ON masked_copies FOR SELECT USING (true);
CREATE POLICY masked_copies_add ON masked_copies FOR INSERT WITH CHECK (user_id = diarievakt_uid() AND diarievakt_writer());
CREATE POLICY masked_copies_change ON masked_copies FOR UPDATE
    USING (diarievakt_writer()) WITH CHECK (user_id = diarievakt_uid() AND diarievakt_writer());
CREATE POLICY masked_copies_remove ON masked_copies FOR DELETE USING (diarievakt_writer());

CREATE TRIGGER masked_copies_notify AFTER INSERT OR UPDATE OR DELETE ON masked_copies FOR EACH STATEMENT EXECUTE FUNCTION diarievakt_notify();
