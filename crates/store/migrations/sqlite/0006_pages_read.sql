-- Issue 12 (OCR): how each page of a scanned file was read (text layer, OCR, both), with the OCR
-- quality the gate judges. JSON array per `scan-json.md` ("pages_read"); '[]' for older scans.
ALTER TABLE scans ADD COLUMN pages_read TEXT NOT NULL DEFAULT '[]';
