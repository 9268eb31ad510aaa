//! Cases, documents, series, drafts and the change log.

use crate::{
    date_str, documents_of, like_pattern, now, parse_date, search_text, status_str, CaseSummary, Change, Draft, Result, Series, Store,
    StoreError, Tx,
};
use chrono::Datelike;
use diarievakt_model::{Case, CaseNumber, CaseRecord, CaseStatus, Direction, Document, DocumentNumber, FileRef, Secrecy, User};
use sqlx::any::AnyRow;
use sqlx::Row;

impl Store {
    // ---- series --------------------------------------------------------------------------------

    pub async fn series(&self) -> Result<Vec<Series>> {
        let rows = sqlx::query("SELECT code, name FROM series ORDER BY code").fetch_all(&self.pool).await?;
        Ok(rows.iter().map(|r| Series { code: r.get("code"), name: r.get("name") }).collect())
    }

    /// Adds the series that are missing; existing ones keep their names.
    pub async fn ensure_series(&self, series: &[Series]) -> Result<()> {
        let mut tx = self.write_tx().await?;
        for s in series {
            if !diarievakt_model::number::valid_series_code(&s.code) {
                return Err(StoreError::Invalid(format!("Ogiltig seriekod ”{}”: använd versaler, till exempel RS.", s.code)));
            }
            sqlx::query("INSERT INTO series (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING")
                .bind(&s.code)
                .bind(&s.name)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    // ---- cases ---------------------------------------------------------------------------------

    /// Registers a new case in `series`: allocates the next diarienummer for the year of
    /// registration and stores the case, in one transaction.
    pub async fn register_case(&self, user: &User, series: &str, case: &Case) -> Result<CaseNumber> {
        let year = case.registered.year();
        let mut tx = self.write_tx().await?;
        let known: Option<String> =
            sqlx::query_scalar("SELECT code FROM series WHERE code = $1").bind(series).fetch_optional(&mut *tx).await?;
        if known.is_none() {
            return Err(StoreError::NotFound(format!("Diarieserien ”{series}” finns inte.")));
        }
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO number_counters (series, year, last) VALUES ($1, $2, 1)
             ON CONFLICT (series, year) DO UPDATE SET last = number_counters.last + 1
             RETURNING last",
        )
        .bind(series)
        .bind(year as i64)
        .fetch_one(&mut *tx)
        .await?;
        let number = CaseNumber { series: series.to_string(), seq: seq as u32, year };
        insert_case(&mut tx, user, &number, case).await?;
        let head = Self::log(&mut tx, user, "registrera", "ärende", &number.to_string()).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        tracing::info!(number = %number, user = user.id, "case registered");
        Ok(number)
    }

    /// Stores a case that already has its number (import). The series is created if unknown and
    /// the counter moves past the number, so later registrations never collide with it.
    pub async fn import_record(&self, user: &User, record: &CaseRecord) -> Result<CaseNumber> {
        let number: CaseNumber = record
            .case
            .number
            .as_deref()
            .ok_or_else(|| StoreError::Invalid(format!("Ärendet ”{}” saknar diarienummer.", record.case.title)))?
            .parse()
            .map_err(|e: diarievakt_model::number::NumberError| StoreError::Invalid(e.to_string()))?;
        let mut tx = self.write_tx().await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cases WHERE number = $1").bind(number.to_string()).fetch_optional(&mut *tx).await?;
        if exists.is_some() {
            return Err(StoreError::Invalid(format!("Ärendet {number} finns redan.")));
        }
        sqlx::query("INSERT INTO series (code, name) VALUES ($1, $1) ON CONFLICT (code) DO NOTHING")
            .bind(&number.series)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO number_counters (series, year, last) VALUES ($1, $2, $3)
             ON CONFLICT (series, year) DO UPDATE SET last = CASE WHEN excluded.last > number_counters.last THEN excluded.last ELSE number_counters.last END",
        )
        .bind(&number.series)
        .bind(number.year as i64)
        .bind(number.seq as i64)
        .execute(&mut *tx)
        .await?;
        let case_id = insert_case(&mut tx, user, &number, &record.case).await?;
        for doc in &record.documents {
            let seq = match doc.number.as_deref() {
                Some(n) => {
                    let dn: DocumentNumber =
                        n.parse().map_err(|e: diarievakt_model::number::NumberError| StoreError::Invalid(e.to_string()))?;
                    if dn.case != number {
                        return Err(StoreError::Invalid(format!("Handlingen {n} hör inte till ärendet {number}.")));
                    }
                    sqlx::query("UPDATE cases SET doc_counter = CASE WHEN doc_counter > $1 THEN doc_counter ELSE $1 END WHERE id = $2")
                        .bind(dn.seq as i64)
                        .bind(case_id)
                        .execute(&mut *tx)
                        .await?;
                    dn.seq
                }
                None => next_doc_seq(&mut tx, case_id).await?,
            };
            let dn = DocumentNumber { case: number.clone(), seq };
            insert_document(&mut tx, user, case_id, &dn, doc).await?;
        }
        let head = Self::log(&mut tx, user, "importera", "ärende", &number.to_string()).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        Ok(number)
    }

    pub async fn update_case(&self, user: &User, number: &str, case: &Case) -> Result<()> {
        self.update_case_from(user, number, case, None).await
    }

    /// Saves a case edited from `base` (what the editor opened). Optimistic concurrency: when
    /// someone else saved the case since, nothing is written and the error holds their version,
    /// so the editor keeps what was typed and can show both.
    pub async fn update_case_from(&self, user: &User, number: &str, case: &Case, base: Option<&Case>) -> Result<()> {
        // The version read together with the case: the UPDATE below only applies to that version.
        let current = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT version, {CASE_COLS} FROM cases WHERE number = $1")))
            .bind(number)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("Ärendet {number} finns inte.")))?;
        let version: i64 = current.get("version");
        if let Some(base) = base {
            let theirs = case_from_row(&current)?;
            if !same_case(&theirs, base) {
                return Err(conflict(number, &theirs));
            }
        }
        let mut tx = self.write_tx().await?;
        let q = sqlx::query(
            "UPDATE cases SET title = $1, public_title = $2, description = $3, case_type = $4, counterpart = $5,
                status = $6, registered = $7, publish_date = $8, officer = $9, unit = $10, secrecy_reference = $11,
                personal_data = $12, search_text = $13, updated_by = $14, updated_at = $15, version = version + 1
             WHERE number = $16 AND version = $17",
        );
        let n =
            bind_case_fields(q, case, number).bind(user.id).bind(now()).bind(number).bind(version).execute(&mut *tx).await?.rows_affected();
        if n == 0 {
            drop(tx);
            // Saved by someone else between the read and the write.
            let theirs = self.get_case(number).await?.ok_or_else(|| StoreError::NotFound(format!("Ärendet {number} finns inte.")))?;
            return Err(conflict(number, &theirs.case));
        }
        let head = Self::log(&mut tx, user, "ändra", "ärende", number).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        Ok(())
    }

    /// Adds a document to a case; allocates its handlingsnummer.
    pub async fn add_document(&self, user: &User, case_number: &str, doc: &Document) -> Result<DocumentNumber> {
        let cn: CaseNumber = case_number.parse().map_err(|e: diarievakt_model::number::NumberError| StoreError::Invalid(e.to_string()))?;
        let mut tx = self.write_tx().await?;
        let case_id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cases WHERE number = $1").bind(case_number).fetch_optional(&mut *tx).await?;
        let case_id = case_id.ok_or_else(|| StoreError::NotFound(format!("Ärendet {case_number} finns inte.")))?;
        let seq = next_doc_seq(&mut tx, case_id).await?;
        let dn = DocumentNumber { case: cn, seq };
        insert_document(&mut tx, user, case_id, &dn, doc).await?;
        touch_case(&mut tx, user, case_id).await?;
        let head = Self::log(&mut tx, user, "registrera", "handling", &dn.to_string()).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        tracing::info!(number = %dn, user = user.id, "document registered");
        Ok(dn)
    }

    pub async fn update_document(&self, user: &User, number: &str, doc: &Document) -> Result<()> {
        let mut tx = self.write_tx().await?;
        if let Some(f) = &doc.file {
            ensure_file_row(&mut tx, &self.files, f).await?;
        }
        let q = sqlx::query(
            "UPDATE documents SET title = $1, public_title = $2, direction = $3, date = $4, counterpart = $5,
                document_type = $6, secrecy_reference = $7, personal_data = $8, file_sha256 = $9, file_name = $10,
                publish_file = $11, updated_by = $12, updated_at = $13
             WHERE number = $14 RETURNING case_id",
        );
        let case_id: Option<i64> =
            bind_document_fields(q, doc).bind(user.id).bind(now()).bind(number).fetch_optional(&mut *tx).await?.map(|r| r.get("case_id"));
        let case_id = case_id.ok_or_else(|| StoreError::NotFound(format!("Handlingen {number} finns inte.")))?;
        touch_case(&mut tx, user, case_id).await?;
        let head = Self::log(&mut tx, user, "ändra", "handling", number).await?;
        tx.commit().await?;
        self.sync_audit_head(&head)?;
        Ok(())
    }

    pub async fn get_case(&self, number: &str) -> Result<Option<CaseRecord>> {
        let Some(row) = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT id, {CASE_COLS} FROM cases WHERE number = $1")))
            .bind(number)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let id: i64 = row.get("id");
        let case = case_from_row(&row)?;
        // Constant column lists only: no user input reaches the SQL text.
        let docs = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {DOC_COLS} FROM documents d LEFT JOIN files f ON f.sha256 = d.file_sha256 WHERE d.case_id = $1 ORDER BY d.seq"
        )))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let documents = docs.iter().map(document_from_row).collect::<Result<Vec<_>>>()?;
        Ok(Some(CaseRecord { case, documents }))
    }

    /// Every case with its documents, in number order (for export).
    pub async fn all_records(&self) -> Result<Vec<CaseRecord>> {
        let numbers: Vec<String> = sqlx::query_scalar("SELECT number FROM cases ORDER BY series, year, seq").fetch_all(&self.pool).await?;
        let mut out = Vec::with_capacity(numbers.len());
        for n in numbers {
            if let Some(r) = self.get_case(&n).await? {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// The case list: every case whose number, titles, counterpart, type or date contains `query`
    /// (case-insensitive, å/ä/ö included), newest first.
    pub async fn search_cases(&self, query: &str, limit: u32) -> Result<Vec<CaseSummary>> {
        let rows = sqlx::query(
            "SELECT c.number, c.title, c.public_title, c.case_type, c.counterpart, c.status, c.registered,
                    c.secrecy_reference, c.personal_data, c.updated_at,
                    (SELECT COUNT(*) FROM documents d WHERE d.case_id = c.id) AS documents
             FROM cases c WHERE c.search_text LIKE $1 ESCAPE '\\'
             ORDER BY c.registered DESC, c.year DESC, c.seq DESC LIMIT $2",
        )
        .bind(like_pattern(query))
        .bind(limit as i64)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CaseSummary {
                    number: r.get("number"),
                    title: r.get("title"),
                    public_title: r.get("public_title"),
                    case_type: r.get("case_type"),
                    counterpart: r.get("counterpart"),
                    status: CaseStatus::from_label(r.get::<&str, _>("status")).unwrap_or_default(),
                    registered: parse_date(r.get("registered"))?,
                    secret: r.get::<Option<String>, _>("secrecy_reference").is_some(),
                    personal_data: r.get::<i64, _>("personal_data") != 0,
                    documents: r.get::<i64, _>("documents") as u32,
                    updated_at: r.get("updated_at"),
                })
            })
            .collect()
    }

    /// Registers a file that is already in the file store (its hash row), so documents can refer to it.
    pub async fn record_file(&self, sha256: &str, size: u64, pages: Option<u32>) -> Result<()> {
        insert_file_row(&self.pool, sha256, size, pages).await
    }

    // ---- drafts --------------------------------------------------------------------------------

    pub async fn save_draft(&self, user: &User, key: &str, body: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO drafts (user_id, key, body, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, key) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(user.id)
        .bind(key)
        .bind(body)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn drafts(&self, user: &User) -> Result<Vec<Draft>> {
        let rows = sqlx::query("SELECT key, body, updated_at FROM drafts WHERE user_id = $1 ORDER BY updated_at DESC")
            .bind(user.id)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|r| Draft { key: r.get("key"), body: r.get("body"), updated_at: r.get("updated_at") }).collect())
    }

    pub async fn delete_draft(&self, user: &User, key: &str) -> Result<()> {
        sqlx::query("DELETE FROM drafts WHERE user_id = $1 AND key = $2").bind(user.id).bind(key).execute(&self.pool).await?;
        Ok(())
    }

    // ---- change log ----------------------------------------------------------------------------

    pub async fn changes(&self, reference_prefix: &str) -> Result<Vec<Change>> {
        let rows = sqlx::query(
            "SELECT ch.at, u.display_name, ch.action, ch.entity, ch.ref FROM changes ch JOIN users u ON u.id = ch.user_id
             WHERE ch.ref = $1 OR ch.ref LIKE $2 ESCAPE '\\' ORDER BY ch.id",
        )
        .bind(reference_prefix)
        .bind(documents_of(reference_prefix))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(|r| Change { at: r.get(0), user: r.get(1), action: r.get(2), entity: r.get(3), reference: r.get(4) }).collect())
    }
}

const CASE_COLS: &str = "number, title, public_title, description, case_type, counterpart, status, registered, publish_date, officer, unit, secrecy_reference, personal_data";
const DOC_COLS: &str = "d.number, d.title, d.public_title, d.direction, d.date, d.counterpart, d.document_type, d.secrecy_reference, d.personal_data, d.file_sha256, d.file_name, d.publish_file, f.size AS file_size, f.pages AS file_pages";

fn case_from_row(r: &AnyRow) -> Result<Case> {
    Ok(Case {
        number: Some(r.get("number")),
        title: r.get("title"),
        public_title: r.get("public_title"),
        description: r.get("description"),
        case_type: r.get("case_type"),
        counterpart: r.get("counterpart"),
        status: CaseStatus::from_label(r.get::<&str, _>("status")).unwrap_or_default(),
        registered: parse_date(r.get("registered"))?,
        publish_date: r.get::<Option<String>, _>("publish_date").as_deref().map(parse_date).transpose()?,
        officer: r.get("officer"),
        unit: r.get("unit"),
        secrecy: r.get::<Option<String>, _>("secrecy_reference").map(|reference| Secrecy { reference }),
        personal_data: r.get::<i64, _>("personal_data") != 0,
    })
}

fn document_from_row(r: &AnyRow) -> Result<Document> {
    let direction: String = r.get("direction");
    let file = match (r.get::<Option<String>, _>("file_sha256"), r.get::<Option<String>, _>("file_name")) {
        (Some(sha256), Some(name)) => Some(FileRef {
            name,
            sha256,
            size: r.get::<Option<i64>, _>("file_size").map(|s| s as u64),
            pages: r.get::<Option<i64>, _>("file_pages").map(|p| p as u32),
        }),
        _ => None,
    };
    Ok(Document {
        number: Some(r.get("number")),
        title: r.get("title"),
        public_title: r.get("public_title"),
        direction: Direction::from_id(&direction).ok_or_else(|| StoreError::Db(format!("okänd riktning {direction}")))?,
        date: parse_date(r.get("date"))?,
        counterpart: r.get("counterpart"),
        document_type: r.get("document_type"),
        secrecy: r.get::<Option<String>, _>("secrecy_reference").map(|reference| Secrecy { reference }),
        personal_data: r.get::<i64, _>("personal_data") != 0,
        file,
        publish_file: r.get::<i64, _>("publish_file") != 0,
    })
}

async fn insert_case(tx: &mut Tx, user: &User, number: &CaseNumber, case: &Case) -> Result<i64> {
    let n = number.to_string();
    let at = now();
    let q = sqlx::query(
        "INSERT INTO cases (title, public_title, description, case_type, counterpart, status, registered, publish_date,
            officer, unit, secrecy_reference, personal_data, search_text, number, series, seq, year,
            created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $18, $19)
         RETURNING id",
    );
    let row = bind_case_fields(q, case, &n)
        .bind(&n)
        .bind(&number.series)
        .bind(number.seq as i64)
        .bind(number.year as i64)
        .bind(user.id)
        .bind(at)
        .fetch_one(&mut **tx)
        .await?;
    let id: i64 = row.get("id");
    Ok(id)
}

/// Binds a case's own fields as parameters $1..$13, in the order both the insert and the update use.
fn bind_case_fields<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    case: &'q Case,
    number: &str,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    q.bind(&case.title)
        .bind(&case.public_title)
        .bind(&case.description)
        .bind(&case.case_type)
        .bind(&case.counterpart)
        .bind(status_str(case.status))
        .bind(date_str(case.registered))
        .bind(case.publish_date.map(date_str))
        .bind(&case.officer)
        .bind(&case.unit)
        .bind(case.secrecy.as_ref().map(|s| s.reference.clone()))
        .bind(case.personal_data as i64)
        .bind(search_text(case, number))
}

/// Binds a document's own fields as parameters $1..$11, in the order both the insert and the update use.
fn bind_document_fields<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    doc: &'q Document,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    q.bind(&doc.title)
        .bind(&doc.public_title)
        .bind(doc.direction.id())
        .bind(date_str(doc.date))
        .bind(&doc.counterpart)
        .bind(&doc.document_type)
        .bind(doc.secrecy.as_ref().map(|s| s.reference.clone()))
        .bind(doc.personal_data as i64)
        .bind(doc.file.as_ref().map(|f| f.sha256.clone()))
        .bind(doc.file.as_ref().map(|f| f.name.clone()))
        .bind(doc.publish_file as i64)
}

async fn next_doc_seq(tx: &mut Tx, case_id: i64) -> Result<u32> {
    let seq: i64 = sqlx::query_scalar("UPDATE cases SET doc_counter = doc_counter + 1 WHERE id = $1 RETURNING doc_counter")
        .bind(case_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(seq as u32)
}

async fn touch_case(tx: &mut Tx, user: &User, case_id: i64) -> Result<()> {
    sqlx::query("UPDATE cases SET updated_by = $1, updated_at = $2 WHERE id = $3")
        .bind(user.id)
        .bind(now())
        .bind(case_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn ensure_file_row(tx: &mut Tx, files: &crate::FileStore, f: &FileRef) -> Result<()> {
    if !files.contains(&f.sha256).await {
        return Err(StoreError::Invalid(format!("Filen ”{}” finns inte i filarkivet; bifoga den igen.", f.name)));
    }
    insert_file_row(&mut **tx, &f.sha256, f.size.unwrap_or(0), f.pages).await
}

/// Records a file's hash row (once; a known hash keeps its first row).
async fn insert_file_row<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(e: E, sha256: &str, size: u64, pages: Option<u32>) -> Result<()> {
    sqlx::query("INSERT INTO files (sha256, size, pages, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING")
        .bind(sha256)
        .bind(size as i64)
        .bind(pages.map(|p| p as i64))
        .bind(now())
        .execute(e)
        .await?;
    Ok(())
}

async fn insert_document(tx: &mut Tx, user: &User, case_id: i64, number: &DocumentNumber, doc: &Document) -> Result<()> {
    if let Some(f) = &doc.file {
        // An imported file that is not in the store is recorded by hash only: the export then
        // cannot publish it, which is the safe way to fail.
        insert_file_row(&mut **tx, &f.sha256, f.size.unwrap_or(0), f.pages).await?;
    }
    let at = now();
    let q = sqlx::query(
        "INSERT INTO documents (title, public_title, direction, date, counterpart, document_type, secrecy_reference,
            personal_data, file_sha256, file_name, publish_file, case_id, seq, number, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $15, $16)",
    );
    bind_document_fields(q, doc)
        .bind(case_id)
        .bind(number.seq as i64)
        .bind(number.to_string())
        .bind(user.id)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Equal as an editor sees them (the number is the case's identity, not an edit).
fn same_case(a: &Case, b: &Case) -> bool {
    let mut b = b.clone();
    b.number = a.number.clone();
    *a == b
}

/// The conflict error: who-ever saved first wins; the message names what they saved.
fn conflict(number: &str, theirs: &Case) -> StoreError {
    StoreError::Conflict(format!(
        "Ärendet {number} har sparats av någon annan sedan du öppnade det (deras ärendemening: ”{}”). Ingenting av ditt är sparat och ingenting du skrivit är borta: jämför med deras version, öppna ärendet igen och för in dina ändringar.",
        theirs.title
    ))
}
