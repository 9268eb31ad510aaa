//! Withdrawals (*Avpublicera*) and personuppgiftsincidenter. Who may do what is checked by the
//! core and, in team mode, again by the server (migrations/postgres/0002_incidents.sql); every
//! change is one transaction with its audit entry.

use crate::{now, Result, Store, StoreError};
use diarievakt_model::incident::{CategoryCount, Incident, IncidentNote, IncidentState, Risk, Withdrawal};
use diarievakt_model::User;
use sqlx::any::AnyRow;
use sqlx::Row;

/// A file to take off the web, with what it exposed (the core reads that from the scan and the
/// audit trail).
#[derive(Debug, Clone)]
pub struct NewWithdrawal {
    pub document: Option<String>,
    pub path: Option<String>,
    pub sha256: String,
    pub file_name: String,
    pub reference: Option<String>,
    pub reason: String,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    pub categories: Vec<CategoryCount>,
    pub people: u32,
}

/// Which incident a withdrawal belongs to.
#[derive(Debug, Clone, PartialEq)]
pub enum IncidentLink {
    /// No personal data was exposed (the file is withdrawn for another reason).
    None,
    /// Open a new incident, discovered at this time (RFC 3339).
    New {
        discovered_at: String,
    },
    Existing(i64),
}

/// An incident's fields as a team lead or the DPO sets them.
#[derive(Debug, Clone, PartialEq)]
pub struct IncidentFields {
    pub state: IncidentState,
    pub risk: Risk,
    pub consequences: String,
    pub measures: String,
    pub justification: Option<String>,
    pub reported_at: Option<String>,
    pub imy_reference: Option<String>,
    pub closed_at: Option<String>,
}

impl IncidentFields {
    pub fn of(i: &Incident) -> IncidentFields {
        IncidentFields {
            state: i.state,
            risk: i.risk,
            consequences: i.consequences.clone(),
            measures: i.measures.clone(),
            justification: i.justification.clone(),
            reported_at: i.reported_at.clone(),
            imy_reference: i.imy_reference.clone(),
            closed_at: i.closed_at.clone(),
        }
    }
}

const WITHDRAWAL_SELECT: &str = "SELECT w.*, u.display_name AS by_name, d.display_name AS done_name
     FROM withdrawals w JOIN users u ON u.id = w.user_id LEFT JOIN users d ON d.id = w.done_by";

fn withdrawal(r: &AnyRow) -> Withdrawal {
    Withdrawal {
        id: r.get("id"),
        document: r.get("document"),
        path: r.get("path"),
        sha256: r.get("sha256"),
        file_name: r.get("file_name"),
        reference: r.get("reference"),
        reason: r.get("reason"),
        at: r.get("at"),
        by: r.get("by_name"),
        published_at: r.get("published_at"),
        published_by: r.get("published_by"),
        categories: serde_json::from_str(r.get::<&str, _>("categories")).unwrap_or_default(),
        people: r.get::<i64, _>("people") as u32,
        incident: r.get("incident_id"),
        done_at: r.get("done_at"),
        done_by: r.get("done_name"),
    }
}

impl Store {
    /// The withdrawal of this document's file with this hash, if it was taken off the web.
    pub async fn withdrawal_of(&self, document: &str, sha256: &str) -> Result<Option<Withdrawal>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_SELECT} WHERE w.document = $1 AND w.sha256 = $2")))
            .bind(document)
            .bind(sha256)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(withdrawal))
    }

    /// An inventoried file's withdrawal, if any.
    pub async fn withdrawal_of_path(&self, path: &str) -> Result<Option<Withdrawal>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_SELECT} WHERE w.path = $1 ORDER BY w.id DESC")))
            .bind(path)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(withdrawal))
    }

    pub async fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_SELECT} ORDER BY w.id"))).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(withdrawal).collect())
    }

    /// The open incident that already holds a file with this hash (the same file published twice,
    /// or found again by the inventory): a new withdrawal links to it instead of opening another.
    pub async fn open_incident_with(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT i.id FROM incidents i JOIN withdrawals w ON w.incident_id = i.id
             WHERE w.sha256 = $1 AND i.state = 'open' ORDER BY i.id LIMIT 1",
        )
        .bind(sha256)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Takes a file off the web and opens (or links) its incident, in one transaction. An inventoried
    /// file also gets the verdict `avpublicera`. Returns the withdrawal and its incident.
    pub async fn withdraw(&self, user: &User, w: &NewWithdrawal, link: IncidentLink) -> Result<(i64, Option<i64>)> {
        let mut tx = self.write_tx().await?;
        let subject = w.document.clone().or_else(|| w.path.clone()).unwrap_or_default();
        let already: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM withdrawals WHERE sha256 = $1 AND ((document IS NOT NULL AND document = $2) OR (path IS NOT NULL AND path = $3))",
        )
        .bind(&w.sha256)
        .bind(&w.document)
        .bind(&w.path)
        .fetch_optional(&mut *tx)
        .await?;
        if already.is_some() {
            return Err(StoreError::Conflict(format!("{subject} är redan avpublicerad.")));
        }
        let at = now();
        let mut heads = Vec::new();
        let incident = match &link {
            IncidentLink::None => None,
            IncidentLink::Existing(id) => {
                let state: Option<String> =
                    sqlx::query_scalar("SELECT state FROM incidents WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?;
                match state.as_deref() {
                    None => return Err(StoreError::NotFound(format!("Incident {id} finns inte."))),
                    Some("open") => Some(*id),
                    Some(_) => return Err(StoreError::Conflict(format!("Incident {id} är inte öppen: öppna en ny för den här filen."))),
                }
            }
            IncidentLink::New { discovered_at } => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO incidents (state, discovered_at, opened_by, opened_at, updated_by, updated_at)
                     VALUES ('open', $1, $2, $3, $2, $3) RETURNING id",
                )
                .bind(discovered_at)
                .bind(user.id)
                .bind(&at)
                .fetch_one(&mut *tx)
                .await?;
                heads.push(
                    Self::audit_in(&mut tx, user, "incident öppnad", &format!("incident:{id}"), None, &format!("upptäckt {discovered_at}"))
                        .await?,
                );
                Some(id)
            }
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO withdrawals (document, path, sha256, file_name, reference, reason, user_id, at, published_at, published_by, categories, people, incident_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(&w.document)
        .bind(&w.path)
        .bind(&w.sha256)
        .bind(&w.file_name)
        .bind(&w.reference)
        .bind(&w.reason)
        .bind(user.id)
        .bind(&at)
        .bind(&w.published_at)
        .bind(&w.published_by)
        .bind(serde_json::to_string(&w.categories).expect("categories serialise"))
        .bind(w.people as i64)
        .bind(incident)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(path) = &w.path {
            sqlx::query("UPDATE inventory SET verdict = 'avpublicera', verdict_by = $1, verdict_at = $2 WHERE path = $3")
                .bind(user.id)
                .bind(&at)
                .bind(path)
                .execute(&mut *tx)
                .await?;
        }
        let detail = match incident {
            Some(i) => format!("{} (incident {i})", w.reason),
            None => w.reason.clone(),
        };
        heads.push(Self::audit_in(&mut tx, user, "avpublicerad", &subject, Some(&w.sha256), &detail).await?);
        tx.commit().await?;
        self.sync_audit_head(heads.last().expect("one entry"))?;
        Ok((id, incident))
    }

    /// Another system's owner took an inventoried file down: recorded, with who said so.
    pub async fn withdrawal_done(&self, user: &User, id: i64) -> Result<Withdrawal> {
        let mut tx = self.write_tx().await?;
        let row: Option<(Option<String>, Option<String>, String)> =
            sqlx::query_as("SELECT path, done_at, sha256 FROM withdrawals WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?;
        let (path, done, sha) = row.ok_or_else(|| StoreError::NotFound(format!("Avpubliceringen {id} finns inte.")))?;
        let Some(path) = path else {
            return Err(StoreError::Invalid("Diariets egna filer tas bort ur webbdiariet direkt; det finns inget att markera.".into()));
        };
        if done.is_some() {
            return Err(StoreError::Conflict(format!("{path} är redan markerad som borttagen.")));
        }
        sqlx::query("UPDATE withdrawals SET done_by = $1, done_at = $2 WHERE id = $3")
            .bind(user.id)
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        let hash =
            Self::audit_in(&mut tx, user, "borttagen ur webbdiariet", &path, Some(&sha), "systemägaren har tagit bort filen").await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("{WITHDRAWAL_SELECT} WHERE w.id = $1"))).bind(id).fetch_one(self.pool()).await?;
        Ok(withdrawal(&row))
    }

    /// Every incident, newest first, with its files and notes.
    pub async fn incidents(&self) -> Result<Vec<Incident>> {
        let rows =
            sqlx::query("SELECT i.*, u.display_name AS opener FROM incidents i JOIN users u ON u.id = i.opened_by ORDER BY i.id DESC")
                .fetch_all(self.pool())
                .await?;
        let mut out: Vec<Incident> = rows.iter().map(incident).collect();
        let withdrawals = self.withdrawals().await?;
        let notes = sqlx::query(
            "SELECT n.incident_id, n.kind, n.text, n.at, u.display_name FROM incident_notes n JOIN users u ON u.id = n.user_id ORDER BY n.id",
        )
        .fetch_all(self.pool())
        .await?;
        for i in &mut out {
            i.withdrawals = withdrawals.iter().filter(|w| w.incident == Some(i.id)).cloned().collect();
            i.notes = notes
                .iter()
                .filter(|n| n.get::<i64, _>("incident_id") == i.id)
                .map(|n| IncidentNote { at: n.get("at"), by: n.get("display_name"), kind: n.get("kind"), text: n.get("text") })
                .collect();
        }
        Ok(out)
    }

    pub async fn incident(&self, id: i64) -> Result<Incident> {
        self.incidents().await?.into_iter().find(|i| i.id == id).ok_or_else(|| StoreError::NotFound(format!("Incident {id} finns inte.")))
    }

    /// Writes an incident's fields, unless someone else changed it since `seen` (its `updated_at`).
    pub async fn update_incident(&self, user: &User, id: i64, seen: &str, f: &IncidentFields, action: &str, detail: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let n = sqlx::query(
            "UPDATE incidents SET state = $1, risk = $2, consequences = $3, measures = $4, justification = $5, reported_at = $6,
               imy_reference = $7, closed_at = $8, updated_by = $9, updated_at = $10
             WHERE id = $11 AND updated_at = $12",
        )
        .bind(f.state.id())
        .bind(f.risk.id())
        .bind(&f.consequences)
        .bind(&f.measures)
        .bind(&f.justification)
        .bind(&f.reported_at)
        .bind(&f.imy_reference)
        .bind(&f.closed_at)
        .bind(user.id)
        .bind(now())
        .bind(id)
        .bind(seen)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(StoreError::Conflict(format!(
                "Incident {id} har ändrats av någon annan sedan du öppnade den. Läs in den igen; det du skrev är inte sparat."
            )));
        }
        let hash = Self::audit_in(&mut tx, user, action, &format!("incident:{id}"), None, detail).await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }

    /// A supplement to the notification (`komplettering`) or a note (`anteckning`).
    pub async fn add_incident_note(&self, user: &User, id: i64, kind: &str, text: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO incident_notes (incident_id, kind, text, user_id, at) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(kind)
            .bind(text)
            .bind(user.id)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        let hash = Self::audit_in(&mut tx, user, kind, &format!("incident:{id}"), None, "").await?;
        tx.commit().await?;
        self.sync_audit_head(&hash)
    }
}

fn incident(r: &AnyRow) -> Incident {
    Incident {
        id: r.get("id"),
        state: IncidentState::from_id(r.get("state")).unwrap_or(IncidentState::Open),
        discovered_at: r.get("discovered_at"),
        opened_at: r.get("opened_at"),
        opened_by: r.get("opener"),
        risk: Risk::from_id(r.get("risk")).unwrap_or(Risk::NotAssessed),
        consequences: r.get("consequences"),
        measures: r.get("measures"),
        justification: r.get("justification"),
        reported_at: r.get("reported_at"),
        imy_reference: r.get("imy_reference"),
        closed_at: r.get("closed_at"),
        updated_at: r.get("updated_at"),
        withdrawals: Vec::new(),
        notes: Vec::new(),
    }
}
