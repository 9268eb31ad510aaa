//! *Avpublicera* and the incident routine: take a published file off the web diary at once, open
//! the personuppgiftsincident with what was exposed, and give the DPO the 72-hour clock, the
//! assessment and IMY's notification content. Roles are checked here; in team mode the server
//! checks them again (the incident tables' GRANTs and row rules).

use crate::{AppError, Result, Workstation};
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use diarievakt_detect::{personnummer, Category};
use diarievakt_model::incident::{self, notification, CategoryCount, Clock, Incident, IncidentState, NotificationField, Risk, Withdrawal};
use diarievakt_model::{Role, User};
use diarievakt_store::{AuditEntry, AuditReport, IncidentFields, IncidentLink, NewWithdrawal};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// How a file is unpublished.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct UnpublishOptions {
    /// Personal data was exposed: open (or link) a personuppgiftsincident. Default in the window
    /// and the command; off only for a file withdrawn for another reason.
    pub personal_data: bool,
    /// When the exposure was discovered (RFC 3339, or ÅÅÅÅ-MM-DD TT:MM local time); now if absent.
    #[ts(optional)]
    pub discovered_at: Option<String>,
    /// Link to this open incident instead of opening a new one.
    #[ts(optional)]
    pub incident: Option<i64>,
}

/// What unpublishing did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Unpublished {
    pub withdrawal: Withdrawal,
    pub incident: Option<i64>,
    /// Whether the incident was opened now (else the file joined an open one).
    pub opened: bool,
    pub message: String,
}

/// An incident with what the window, the command and the report show about it at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IncidentView {
    pub incident: Incident,
    pub clock: Clock,
    pub categories: Vec<CategoryCount>,
    pub people: u32,
    pub published_at: Option<String>,
    /// When supplements to the notification are due (four weeks after it), once notified.
    pub supplement_due: Option<String>,
    /// IMY's form, in its order, personnummer masked.
    pub notification: Vec<NotificationField>,
}

/// A change a team lead or the DPO makes to an incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IncidentUpdate {
    /// The incident's `updated_at` as the person saw it: a change in between is a conflict.
    pub seen: String,
    #[ts(optional)]
    pub state: Option<IncidentState>,
    #[ts(optional)]
    pub justification: Option<String>,
    #[ts(optional)]
    pub imy_reference: Option<String>,
    #[ts(optional)]
    pub risk: Option<Risk>,
    #[ts(optional)]
    pub consequences: Option<String>,
    #[ts(optional)]
    pub measures: Option<String>,
}

/// The files an incident report writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IncidentReportFiles {
    pub html: String,
    pub json: String,
    pub pdf: Option<String>,
    /// For another system's owner: the files to take down (CSV and HTML), when there are any.
    pub withdrawal_csv: Option<String>,
    pub withdrawal_html: Option<String>,
}

/// The report's JSON: the incident, the trail of everything that touched its files, and the
/// chain's verification at the time of writing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentReport {
    pub written_at: String,
    pub view: IncidentView,
    pub trail: Vec<AuditEntry>,
    pub verification: AuditReport,
}

/// Reads a discovery time: RFC 3339, or `ÅÅÅÅ-MM-DD TT:MM` / `ÅÅÅÅ-MM-DD` in local time.
pub fn parse_discovered(s: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let s = s.trim();
    let t = incident::parse_time(s)
        .or_else(|| {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M")
                .ok()
                .or_else(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)))
                .and_then(|n| Local.from_local_datetime(&n).earliest())
                .map(|t| t.with_timezone(&Utc))
        })
        .ok_or_else(|| AppError::new(format!("Ogiltig tidpunkt för upptäckten: ”{s}” (skriv ÅÅÅÅ-MM-DD TT:MM).")))?;
    if t > now + chrono::Duration::minutes(5) {
        return Err(AppError::new("Upptäckten kan inte ligga i framtiden."));
    }
    Ok(t)
}

/// A diary reference in an inventoried file's name (`RS-399-2021_3.pdf` → `RS/399/2021`).
pub fn reference_in_name(path: &str) -> Option<String> {
    let name = Path::new(path).file_name()?.to_string_lossy().to_string();
    reference_pattern().captures(&name).map(|c| format!("{}/{}/{}", &c[1], &c[2], &c[3]))
}

fn reference_pattern() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| regex::Regex::new(r"(?i)\b([A-ZÅÄÖ]{1,5})[-_ /.](\d{1,6})[-_ /.]((?:19|20)\d{2})\b").expect("pattern"))
}

fn mask(s: &str) -> String {
    personnummer::mask(s).0
}

/// The view with personnummer masked in every text a person wrote or a file name carried.
pub fn masked(mut v: IncidentView) -> IncidentView {
    let i = &mut v.incident;
    i.consequences = mask(&i.consequences);
    i.measures = mask(&i.measures);
    i.justification = i.justification.as_deref().map(mask);
    i.imy_reference = i.imy_reference.as_deref().map(mask);
    for w in &mut i.withdrawals {
        w.reason = mask(&w.reason);
        w.file_name = mask(&w.file_name);
        w.path = w.path.as_deref().map(mask);
    }
    for n in &mut i.notes {
        n.text = mask(&n.text);
    }
    for f in &mut v.notification {
        f.text = mask(&f.text);
    }
    v
}

fn esc(s: &str) -> String {
    diarievakt_model::html::escape(s)
}

impl Workstation {
    async fn incident_manager(&self, user: &User) -> Result<User> {
        let u = self.granted(user).await?;
        if !(u.has(Role::Teamledare) || u.has(Role::Dataskyddsombud)) {
            return Err(AppError::new("Bara dataskyddsombudet eller en teamledare kan ändra en personuppgiftsincident."));
        }
        Ok(u)
    }

    /// What a file exposed, from its stored scan: findings per category and the people concerned.
    async fn exposure(&self, sha256: &str) -> Result<(Vec<CategoryCount>, u32)> {
        let Some(review) = self.file_review(sha256).await? else { return Ok((Vec::new(), 0)) };
        let mut counts: Vec<CategoryCount> = Vec::new();
        for f in &review.findings {
            match counts.iter_mut().find(|c| c.category == f.category) {
                Some(c) => c.count += 1,
                None => counts.push(CategoryCount { category: f.category, label: f.category.label_sv().to_string(), count: 1 }),
            }
        }
        counts.sort_by_key(|c| Category::ALL.iter().position(|x| *x == c.category));
        let of = |cat: Category| review.findings.iter().filter(move |f| f.category == cat).map(|f| f.text.as_str());
        let people = incident::people_concerned(of(Category::PersonalId), of(Category::Name));
        Ok((counts, people))
    }

    fn link(o: &UnpublishOptions, existing: Option<i64>) -> Result<IncidentLink> {
        if !o.personal_data {
            return Ok(IncidentLink::None);
        }
        if let Some(id) = o.incident.or(existing) {
            return Ok(IncidentLink::Existing(id));
        }
        let now = Utc::now();
        let found = match &o.discovered_at {
            Some(s) if !s.trim().is_empty() => parse_discovered(s, now)?,
            _ => now,
        };
        Ok(IncidentLink::New { discovered_at: incident::rfc3339(found) })
    }

    fn check_reason(reason: &str) -> Result<String> {
        let r = reason.trim();
        if r.chars().count() < 3 {
            return Err(AppError::new("Skriv varför filen avpubliceras (orsaken sparas i granskningsloggen)."));
        }
        Ok(r.to_string())
    }

    /// When and by whom a document's file was published, from the audit trail: the last
    /// confirmation or approval of this file; else (a type that publishes by itself) the first
    /// entry about the document.
    async fn publication(&self, document: &str, sha256: &str) -> Result<(Option<String>, Option<String>)> {
        let entries = self.store().audit_entries(Some(document)).await?;
        let about: Vec<&AuditEntry> = entries.iter().filter(|e| e.subject == document).collect();
        let consent =
            about.iter().rfind(|e| (e.action == "bekräftelse" || e.action == "godkännande") && e.sha256.as_deref() == Some(sha256));
        Ok(match consent.or(about.first()) {
            Some(e) => (Some(e.at.clone()), Some(e.user.clone())),
            None => (None, None),
        })
    }

    /// *Avpublicera* a document's file: withdrawn from the external web diary at once (the next
    /// export and the preview no longer have it), the reason and the act audited, and – when
    /// personal data was exposed – the incident opened or linked. Anyone who works in the diary
    /// may do it: it is the safe direction.
    pub async fn unpublish(&self, user: &User, document: &str, reason: &str, o: &UnpublishOptions) -> Result<Unpublished> {
        let me = self.granted(user).await?;
        if !me.writes() {
            return Err(AppError::new(
                "Din roll får inte avpublicera (det kräver registrator, handläggare eller teamledare). Be en teamledare göra det.",
            ));
        }
        let reason = Self::check_reason(reason)?;
        let case_number =
            document.rsplit_once(':').map(|(c, _)| c).ok_or_else(|| AppError::new(format!("{document} är inget handlingsnummer.")))?;
        let record = self.get_case(case_number).await?;
        let (i, doc) = record
            .documents
            .iter()
            .enumerate()
            .find(|(_, d)| d.number.as_deref() == Some(document))
            .ok_or_else(|| AppError::new(format!("Handlingen {document} finns inte.")))?;
        let file =
            doc.file.clone().ok_or_else(|| AppError::new(format!("Handlingen {document} har ingen dokumentfil att avpublicera.")))?;
        if let Some(w) = self.store().withdrawal_of(document, &file.sha256).await? {
            return Err(AppError::new(format!("Dokumentfilen till {document} är redan avpublicerad ({}).", &w.at[..10.min(w.at.len())])));
        }
        let gates = self.gates(&record).await?;
        let (published_at, published_by) = self.publication(document, &file.sha256).await?;
        let publishes = gates.get(i).is_some_and(|g| g.gate.publishes);
        let consented = published_at.is_some() && (doc.publish_file || self.rules().publishes_automatically(&doc.document_type));
        if !publishes && !consented {
            return Err(AppError::new(format!(
                "Dokumentfilen till {document} är inte publicerad i webbdiariet – det finns inget att avpublicera."
            )));
        }
        let (categories, people) = self.exposure(&file.sha256).await?;
        let existing = if o.personal_data && o.incident.is_none() { self.store().open_incident_with(&file.sha256).await? } else { None };
        let link = Self::link(o, existing)?;
        let opened = matches!(link, IncidentLink::New { .. });
        let new = NewWithdrawal {
            document: Some(document.to_string()),
            path: None,
            sha256: file.sha256.clone(),
            file_name: file.name.clone(),
            reference: Some(case_number.to_string()),
            reason,
            published_at,
            published_by,
            categories,
            people,
        };
        let (id, incident) = self.store().withdraw(&me, &new, link).await?;
        tracing::info!(user = me.id, document, incident, "unpublished");
        let withdrawal = self.store().withdrawals().await?.into_iter().find(|w| w.id == id).expect("just written");
        let message = match (incident, opened) {
            (Some(n), true) => format!("{document} är avpublicerad. Personuppgiftsincident {n} är öppnad: anmäl till IMY inom 72 timmar."),
            (Some(n), false) => format!("{document} är avpublicerad och hör till den öppna personuppgiftsincidenten {n}."),
            (None, _) => format!("{document} är avpublicerad."),
        };
        Ok(Unpublished { withdrawal, incident, opened, message })
    }

    /// *Avpublicera* a file inventoried from another system's web diary. Diarievakt cannot take it
    /// down itself: the file goes on the withdrawal list for that system's owner (the incident's
    /// report), and the incident is opened just the same. Only a team lead decides inventory files.
    pub async fn unpublish_inventoried(&self, user: &User, path: &str, reason: &str, o: &UnpublishOptions) -> Result<Unpublished> {
        let me = self.granted(user).await?;
        if !me.has(Role::Teamledare) {
            return Err(AppError::new("Bara en teamledare kan besluta om en inventerad fil ska avpubliceras."));
        }
        let reason = Self::check_reason(reason)?;
        let sha256 = self
            .inventory_rows()
            .await?
            .into_iter()
            .find(|r| r.path == path)
            .map(|r| r.sha256)
            .ok_or_else(|| AppError::new(format!("Filen {path} finns inte i inventeringen.")))?;
        let (categories, people) = self.exposure(&sha256).await?;
        let existing = if o.personal_data && o.incident.is_none() { self.store().open_incident_with(&sha256).await? } else { None };
        let link = Self::link(o, existing)?;
        let opened = matches!(link, IncidentLink::New { .. });
        let new = NewWithdrawal {
            document: None,
            path: Some(path.to_string()),
            sha256: sha256.clone(),
            file_name: Path::new(path).file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| path.to_string()),
            reference: reference_in_name(path),
            reason,
            published_at: None,
            published_by: None,
            categories,
            people,
        };
        let (id, incident) = self.store().withdraw(&me, &new, link).await?;
        tracing::info!(user = me.id, incident, "inventoried file unpublished");
        let withdrawal = self.store().withdrawals().await?.into_iter().find(|w| w.id == id).expect("just written");
        let name = &withdrawal.file_name;
        let message = match incident {
            Some(n) => format!(
                "{name} ska avpubliceras: den står på avpubliceringslistan till systemägaren i personuppgiftsincident {n}s rapport. Anmäl till IMY inom 72 timmar."
            ),
            None => format!("{name} står på avpubliceringslistan till systemägaren."),
        };
        Ok(Unpublished { withdrawal, incident, opened, message })
    }

    /// Another system's owner has taken an inventoried file down.
    pub async fn withdrawal_done(&self, user: &User, withdrawal: i64) -> Result<Withdrawal> {
        let me = self.incident_manager(user).await?;
        Ok(self.store().withdrawal_done(&me, withdrawal).await?)
    }

    pub async fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        Ok(self.store().withdrawals().await?)
    }

    /// The view of one incident at `now`.
    pub fn incident_view(&self, i: Incident, now: DateTime<Utc>) -> IncidentView {
        let controller = self.setup().config.organisation.unwrap_or_else(|| "Ange myndighetens namn och organisationsnummer".into());
        let notification = notification(&i, &controller, mask, display_time);
        IncidentView {
            clock: i.clock(now),
            categories: i.categories(),
            people: i.people(),
            published_at: i.published_at().map(str::to_string),
            supplement_due: i
                .reported_at
                .as_deref()
                .and_then(incident::parse_time)
                .map(|t| incident::supplement_deadline(t).format("%Y-%m-%d").to_string()),
            notification,
            incident: i,
        }
    }

    /// Every incident, newest first, with its clock at `now`.
    pub async fn incidents_at(&self, now: DateTime<Utc>) -> Result<Vec<IncidentView>> {
        Ok(self.store().incidents().await?.into_iter().map(|i| self.incident_view(i, now)).collect())
    }

    pub async fn incidents(&self) -> Result<Vec<IncidentView>> {
        self.incidents_at(Utc::now()).await
    }

    pub async fn incident(&self, id: i64) -> Result<IncidentView> {
        Ok(self.incident_view(self.store().incident(id).await?, Utc::now()))
    }

    /// A team lead or the DPO changes an incident: its state (with the justification the state
    /// needs), IMY's reference, the risk assessment, consequences and measures. Audited.
    pub async fn update_incident(&self, user: &User, id: i64, u: &IncidentUpdate) -> Result<IncidentView> {
        let me = self.incident_manager(user).await?;
        let current = self.store().incident(id).await?;
        let mut f = IncidentFields::of(&current);
        let mut what = Vec::new();
        let now = incident::rfc3339(Utc::now());
        let trimmed = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(r) = u.risk {
            if r != f.risk {
                f.risk = r;
                what.push(format!("risk: {}", r.label_sv()));
            }
        }
        if let Some(c) = &u.consequences {
            if c.trim() != f.consequences {
                f.consequences = c.trim().to_string();
                what.push("konsekvenser".into());
            }
        }
        if let Some(m) = &u.measures {
            if m.trim() != f.measures {
                f.measures = m.trim().to_string();
                what.push("åtgärder".into());
            }
        }
        if let Some(r) = trimmed(&u.imy_reference) {
            f.imy_reference = Some(r);
            what.push("IMY:s diarienummer".into());
        }
        let mut action = "incident ändrad";
        if let Some(to) = u.state.filter(|s| *s != current.state) {
            incident::check_transition(current.state, to, u.justification.as_deref()).map_err(AppError::new)?;
            if to == IncidentState::NotReportable && f.risk != Risk::Unlikely && f.risk != Risk::NotAssessed {
                return Err(AppError::new(
                    "Riskbedömningen säger att incidenten innebär en risk: den ska anmälas till IMY. Ändra bedömningen först om den är fel.",
                ));
            }
            if let Some(j) = trimmed(&u.justification) {
                f.justification = Some(j);
            }
            match to {
                IncidentState::Reported => f.reported_at = Some(now.clone()),
                IncidentState::Closed | IncidentState::NotReportable => f.closed_at = Some(now.clone()),
                IncidentState::Open => f.closed_at = None,
            }
            f.state = to;
            action = match to {
                IncidentState::Reported => "anmäld till IMY",
                IncidentState::Closed => "incident avslutad",
                IncidentState::NotReportable => "ej anmälningspliktig",
                IncidentState::Open => "incident öppnad igen",
            };
            what.push(format!("status: {}", to.label_sv()));
        } else if u.state.is_some() && u.state == Some(current.state) && what.is_empty() {
            return Err(AppError::new(format!("Incidenten är redan ”{}”.", current.state.label_sv())));
        }
        if what.is_empty() {
            return Err(AppError::new("Inget att spara: inget har ändrats."));
        }
        let detail = mask(&match &f.justification {
            Some(j) if action != "incident ändrad" => format!("{} – motivering: {j}", what.join(", ")),
            _ => what.join(", "),
        });
        self.store().update_incident(&me, id, &u.seen, &f, action, &detail).await?;
        tracing::info!(user = me.id, id, action, "incident changed");
        self.incident(id).await
    }

    /// A supplement to IMY's notification (`komplettering`, within four weeks) or a note.
    pub async fn add_incident_note(&self, user: &User, id: i64, supplement: bool, text: &str) -> Result<IncidentView> {
        let me = self.incident_manager(user).await?;
        let text = text.trim();
        if text.is_empty() {
            return Err(AppError::new("Skriv texten först."));
        }
        let current = self.store().incident(id).await?;
        if supplement && current.state != IncidentState::Reported {
            return Err(AppError::new("En komplettering gäller en anmälan: markera incidenten som anmäld till IMY först."));
        }
        self.store().add_incident_note(&me, id, if supplement { "komplettering" } else { "anteckning" }, text).await?;
        self.incident(id).await
    }

    /// Everything the audit trail says about an incident's files: registered, scanned, decided,
    /// confirmed, published, discovered, unpublished, reported – oldest first.
    pub async fn incident_trail(&self, i: &Incident) -> Result<Vec<AuditEntry>> {
        let subject = format!("incident:{}", i.id);
        let subjects: Vec<String> = i.withdrawals.iter().filter_map(|w| w.document.clone().or_else(|| w.path.clone())).collect();
        let shas: Vec<&str> = i.withdrawals.iter().map(|w| w.sha256.as_str()).collect();
        Ok(self
            .store()
            .audit_entries(None)
            .await?
            .into_iter()
            .filter(|e| e.subject == subject || subjects.contains(&e.subject) || e.sha256.as_deref().is_some_and(|s| shas.contains(&s)))
            .collect())
    }

    /// Writes the incident's report to `dir`: `incident-N.html`, `incident-N.json` and
    /// `incident-N.pdf`, and for files of another system the withdrawal list
    /// (`avpubliceringslista-N.csv` and `.html`). Personnummer are masked in all of them.
    pub async fn write_incident_report(&self, id: i64, dir: &Path) -> Result<IncidentReportFiles> {
        let view = masked(self.incident(id).await?);
        let trail: Vec<AuditEntry> = self
            .incident_trail(&view.incident)
            .await?
            .into_iter()
            .map(|mut e| {
                e.detail = mask(&e.detail);
                e.subject = mask(&e.subject);
                e
            })
            .collect();
        let verification = self.audit_verify().await?;
        let report = IncidentReport { written_at: incident::rfc3339(Utc::now()), view, trail, verification };
        let io = |what: &str, e: std::io::Error| {
            AppError::new(format!("Rapporten kunde inte skrivas ({what}): {}", diarievakt_pdf::io_error_sv(&e)))
        };
        std::fs::create_dir_all(dir).map_err(|e| io("mapp", e))?;
        let write = |name: String, bytes: &[u8]| -> Result<String> {
            let p: PathBuf = dir.join(name);
            let tmp = p.with_extension("tmp");
            std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, &p)).map_err(|e| io("fil", e))?;
            Ok(p.display().to_string())
        };
        let html = write(format!("incident-{id}.html"), report_html(&report).as_bytes())?;
        let json = write(format!("incident-{id}.json"), serde_json::to_string_pretty(&report).expect("report serialises").as_bytes())?;
        let (title, lines) = (report_title(&report), report_lines(&report));
        let made = tokio::task::spawn_blocking(move || diarievakt_pdf::report::text_pdf(&title, &lines)).await;
        let pdf = match made.map_err(|e| e.to_string()).and_then(|r| r.map_err(|e| e.to_string())) {
            Ok(bytes) => Some(write(format!("incident-{id}.pdf"), &bytes)?),
            Err(e) => {
                tracing::warn!(error = %e, "incident report PDF not written");
                None
            }
        };
        let others: Vec<&Withdrawal> = report.view.incident.withdrawals.iter().filter(|w| w.path.is_some()).collect();
        let (mut withdrawal_csv, mut withdrawal_html) = (None, None);
        if !others.is_empty() {
            withdrawal_csv = Some(write(format!("avpubliceringslista-{id}.csv"), withdrawal_list_csv(&others).as_bytes())?);
            withdrawal_html = Some(write(format!("avpubliceringslista-{id}.html"), withdrawal_list_html(id, &others).as_bytes())?);
        }
        Ok(IncidentReportFiles { html, json, pdf, withdrawal_csv, withdrawal_html })
    }
}

fn day(s: &str) -> &str {
    s.get(..10).unwrap_or(s)
}

/// An RFC 3339 time as a person reads it: ÅÅÅÅ-MM-DD TT:MM in the local time zone.
pub fn display_time(s: &str) -> String {
    incident::parse_time(s).map(|t| t.with_timezone(&Local).format("%Y-%m-%d %H:%M").to_string()).unwrap_or_else(|| s.to_string())
}

fn report_title(r: &IncidentReport) -> String {
    format!("Personuppgiftsincident {} – {}", r.view.incident.id, r.view.incident.state.label_sv())
}

/// The report as plain lines, for the PDF.
fn report_lines(r: &IncidentReport) -> Vec<String> {
    let v = &r.view;
    let mut out = vec![
        format!("Status: {} · {}", v.incident.state.label_sv(), v.clock.label),
        match (&v.incident.reported_at, &v.incident.imy_reference) {
            (Some(at), Some(r)) => format!("Anmäld till IMY {} · IMY:s diarienummer {r}", display_time(at)),
            (Some(at), None) => format!("Anmäld till IMY {}", display_time(at)),
            _ => "Inte anmäld till IMY".into(),
        },
        format!("Upptäckt: {} · Anmälan senast: {}", display_time(&v.incident.discovered_at), display_time(&v.clock.deadline)),
        String::new(),
        "Anmälan till IMY".into(),
    ];
    for f in &v.notification {
        out.push(format!("{}: {}", f.label, f.text));
    }
    out.push(String::new());
    out.push("Avpublicerade filer".into());
    for w in &v.incident.withdrawals {
        out.push(format!(
            "{} – {} – SHA-256 {} – avpublicerad {} av {}: {}",
            w.document.as_deref().or(w.path.as_deref()).unwrap_or(""),
            w.file_name,
            w.sha256,
            display_time(&w.at),
            w.by,
            w.reason
        ));
    }
    if !v.incident.notes.is_empty() {
        out.push(String::new());
        out.push("Kompletteringar och anteckningar".into());
        for n in &v.incident.notes {
            out.push(format!("{} {} ({}): {}", display_time(&n.at), n.kind, n.by, n.text));
        }
    }
    out.push(String::new());
    out.push(format!("Granskningsloggen ({} poster om filerna)", r.trail.len()));
    for e in &r.trail {
        out.push(format!("{} {} – {} – {} {}", display_time(&e.at), e.user, e.action, e.subject, e.detail));
    }
    out.push(String::new());
    out.push(verification_line(&r.verification));
    out
}

fn verification_line(a: &AuditReport) -> String {
    if a.ok {
        format!("Granskningsloggen är obruten: {} poster kontrollerade.", a.entries)
    } else {
        format!("Granskningsloggen är INTE obruten ({} poster): {}", a.entries, a.problems.join(" "))
    }
}

fn report_html(r: &IncidentReport) -> String {
    use std::fmt::Write;
    let v = &r.view;
    let i = &v.incident;
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#111}}table{{border-collapse:collapse;width:100%}}\
         th,td{{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}}th{{background:#eee}}\
         .clock{{font-size:1.2rem;font-weight:bold}}.urgent{{color:#a00}}</style></head><body>\
         <h1>{title}</h1><p class=\"clock{urgent}\">{clock}</p>\
         <p>Upptäckt {found} · anmälan till IMY senast {deadline} (72 timmar, GDPR art. 33){supp}</p>",
        title = esc(&report_title(r)),
        urgent = if v.clock.urgent { " urgent" } else { "" },
        clock = esc(&v.clock.label),
        found = esc(&display_time(&i.discovered_at)),
        deadline = esc(&display_time(&v.clock.deadline)),
        supp = v.supplement_due.as_ref().map(|d| format!(" · kompletteringar senast {}", esc(d))).unwrap_or_default(),
    );
    if let (Some(at), reference) = (&i.reported_at, &i.imy_reference) {
        let r = reference.as_deref().map(|r| format!(", IMY:s diarienummer {}", esc(r))).unwrap_or_default();
        let _ = write!(h, "<p>Anmäld till IMY {}{r}.</p>", esc(&display_time(at)));
    }
    h.push_str("<h2>Anmälan till IMY (i e-tjänstens ordning)</h2><table>");
    for f in &v.notification {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", esc(&f.label), esc(&f.text));
    }
    h.push_str("</table>");
    if let Some(j) = &i.justification {
        let _ = write!(h, "<p><strong>Motivering:</strong> {}</p>", esc(j));
    }
    h.push_str("<h2>Avpublicerade filer</h2><table><tr><th>Handling / fil</th><th>SHA-256</th><th>Publicerad</th><th>Avpublicerad</th><th>Orsak</th><th>Exponerat</th></tr>");
    for w in &i.withdrawals {
        let cats = w.categories.iter().map(|c| format!("{} {}", c.label, c.count)).collect::<Vec<_>>().join(", ");
        let _ = write!(
            h,
            "<tr><td>{}<br>{}</td><td><code>{}</code></td><td>{}</td><td>{} av {}{}</td><td>{}</td><td>{} · cirka {} personer</td></tr>",
            esc(w.document.as_deref().or(w.path.as_deref()).unwrap_or("")),
            esc(&w.file_name),
            esc(&w.sha256),
            esc(&w
                .published_at
                .as_deref()
                .map(display_time)
                .map(|t| format!("{t} av {}", w.published_by.as_deref().unwrap_or("?")))
                .unwrap_or_else(|| "i ett annat system".into())),
            esc(&display_time(&w.at)),
            esc(&w.by),
            match (&w.path, &w.done_at) {
                (Some(_), Some(d)) => format!("<br>borttagen av systemägaren {}", esc(&display_time(d))),
                (Some(_), None) => "<br><strong>väntar på systemägaren</strong>".into(),
                _ => String::new(),
            },
            esc(&w.reason),
            esc(&cats),
            w.people,
        );
    }
    h.push_str("</table>");
    if !i.notes.is_empty() {
        h.push_str("<h2>Kompletteringar och anteckningar</h2><ul>");
        for n in &i.notes {
            let _ = write!(h, "<li>{} · {} · {}: {}</li>", esc(&display_time(&n.at)), esc(&n.kind), esc(&n.by), esc(&n.text));
        }
        h.push_str("</ul>");
    }
    h.push_str("<h2>Granskningsloggen för filerna och incidenten</h2><table><tr><th>Tid</th><th>Vem</th><th>Händelse</th><th>Gäller</th><th>Detalj</th></tr>");
    for e in &r.trail {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&display_time(&e.at)),
            esc(&e.user),
            esc(&e.action),
            esc(&e.subject),
            esc(&e.detail)
        );
    }
    let _ = write!(
        h,
        "</table><p class=\"verify\">{}</p><p>Rapporten skrevs {} av Diarievakt. Personnummer är maskerade.</p></body></html>",
        esc(&verification_line(&r.verification)),
        esc(&display_time(&r.written_at))
    );
    h
}

fn csv_field(s: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn withdrawal_list_csv(ws: &[&Withdrawal]) -> String {
    let mut out = String::from("fil;sha256;sökväg;diarienummer;orsak;beslutad_av;beslutad;borttagen\n");
    for w in ws {
        let row = [
            w.file_name.clone(),
            w.sha256.clone(),
            w.path.clone().unwrap_or_default(),
            w.reference.clone().unwrap_or_default(),
            w.reason.clone(),
            w.by.clone(),
            day(&w.at).to_string(),
            w.done_at.as_deref().map(day).unwrap_or("").to_string(),
        ];
        out.push_str(&row.iter().map(String::as_str).map(csv_field).collect::<Vec<_>>().join(";"));
        out.push('\n');
    }
    out
}

fn withdrawal_list_html(id: i64, ws: &[&Withdrawal]) -> String {
    use std::fmt::Write;
    let mut h = format!(
        "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Avpubliceringslista, incident {id}</title>\
         <style>body{{font-family:sans-serif;margin:2rem}}table{{border-collapse:collapse}}th,td{{border:1px solid #999;padding:.3rem .5rem;text-align:left}}</style>\
         </head><body><h1>Avpubliceringslista till systemägaren (incident {id})</h1>\
         <p>Ta bort följande filer ur det externa webbdiariet snarast och meddela när det är gjort.</p>\
         <table><tr><th>Fil</th><th>SHA-256</th><th>Sökväg</th><th>Diarienummer</th><th>Orsak</th><th>Beslutad av</th><th>Borttagen</th></tr>"
    );
    for w in ws {
        let _ = write!(
            h,
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{} {}</td><td>{}</td></tr>",
            esc(&w.file_name),
            esc(&w.sha256),
            esc(w.path.as_deref().unwrap_or("")),
            esc(w.reference.as_deref().unwrap_or("–")),
            esc(&w.reason),
            esc(&w.by),
            esc(day(&w.at)),
            esc(w.done_at.as_deref().map(day).unwrap_or("nej")),
        );
    }
    h.push_str("</table></body></html>");
    h
}
