-- Issue 12: what OCR read on a page of a file, by (SHA-256, page, resolution), so that a file's
-- page is never OCR-read twice – not after a cancelled or crashed scan, not by the inventory.
-- `body` is the reading as JSON (diarievakt_pdf::OcrPage: words with boxes and confidence, the
-- quality the gate judges). A cache: nothing else refers to it, and it is not audited.
CREATE TABLE ocr_pages (
    sha256  TEXT NOT NULL,
    page    INTEGER NOT NULL CHECK (page >= 1),
    dpi     INTEGER NOT NULL CHECK (dpi BETWEEN 72 AND 1200),
    body    TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (sha256, page, dpi)
);
