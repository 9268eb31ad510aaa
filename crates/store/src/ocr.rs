//! The OCR page cache (issue 12): what OCR read on a page of a file, by (SHA-256, page,
//! resolution). The store keeps the reading as the JSON the PDF crate made; it does not look
//! inside. A reading is written as soon as the worker has made it, each in its own short
//! transaction, so a scan that is cancelled or whose worker dies keeps the pages it read.

use crate::{Result, Store};
use sqlx::Row;

impl Store {
    /// Keeps one page's reading. A reading already kept for the same page and resolution stays
    /// (the first one is as good as a later one, and nobody rewrites it).
    pub async fn save_ocr_page(&self, sha256: &str, page: u32, dpi: u32, body: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO ocr_pages (sha256, page, dpi, body, read_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (sha256, page, dpi) DO NOTHING",
        )
        .bind(sha256)
        .bind(page as i64)
        .bind(dpi as i64)
        .bind(body)
        .bind(crate::now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every reading kept for the file `sha256` at `dpi`, by page.
    pub async fn ocr_pages(&self, sha256: &str, dpi: u32) -> Result<Vec<(u32, String)>> {
        let rows = sqlx::query("SELECT page, body FROM ocr_pages WHERE sha256 = $1 AND dpi = $2 ORDER BY page")
            .bind(sha256)
            .bind(dpi as i64)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.into_iter().map(|r| (r.get::<i64, _>("page") as u32, r.get::<String, _>("body"))).collect())
    }
}
