-- Issue 12: the OCR page cache – the same table as the SQLite diary
-- (migrations/sqlite/0009_ocr_pages.sql). The working roles add readings (they scan files); the
-- DPO and the administrator only read. A reading is never changed or removed by anyone but the
-- owner: a later scan that reads the page again adds nothing (ON CONFLICT DO NOTHING).
CREATE TABLE ocr_pages (
    sha256  TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    page    BIGINT NOT NULL CHECK (page >= 1),
    dpi     BIGINT NOT NULL CHECK (dpi BETWEEN 72 AND 1200),
    body    TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (sha256, page, dpi)
);

REVOKE ALL ON ocr_pages FROM PUBLIC;
GRANT SELECT ON ocr_pages
    TO diarievakt_registrator, diarievakt_handlaggare, diarievakt_teamledare, diarievakt_dataskyddsombud, diarievakt_admin;
GRANT INSERT ON ocr_pages TO diarievakt_registrator, diarievakt_handlaggare, diarievakt_teamledare;
