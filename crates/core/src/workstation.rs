use crate::config::DiaryConfig;
use chrono::{Local, NaiveDate};
use diarievakt_model::check::check_projection;
use diarievakt_model::{
    html, project, project_with, validate_case, validate_document, Audience, Case, CaseRecord, Clearance, Document, FieldError, FileRef,
    FormWarning, Projection, Role, Rules, User,
};
use diarievakt_store::{Account, Backend, CaseSummary, Change, Draft, Location, Series, Store, StoreError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// An error a user reads: one Swedish sentence, and the fields it concerns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub message: String,
    pub fields: Vec<FieldError>,
}

impl AppError {
    pub fn new(message: impl Into<String>) -> AppError {
        AppError { message: message.into(), fields: Vec::new() }
    }
    fn invalid(fields: Vec<FieldError>) -> AppError {
        let n = fields.len();
        AppError { message: if n == 1 { "Ett fält behöver rättas.".into() } else { format!("{n} fält behöver rättas.") }, fields }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::new(e.to_string())
    }
}

impl From<diarievakt_pdf::PdfError> for AppError {
    fn from(e: diarievakt_pdf::PdfError) -> Self {
        AppError::new(e.to_string())
    }
}

impl From<diarievakt_worker::WorkerError> for AppError {
    fn from(e: diarievakt_worker::WorkerError) -> Self {
        AppError::new(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, AppError>;

/// What the preview pane shows: the projection, the web diary's HTML for it (the same bytes the
/// export writes) and the warnings about the form's own text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Preview {
    pub projection: Projection,
    pub html: String,
    pub warnings: Vec<FormWarning>,
}

/// What the window needs at start: the lists and the rules in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Setup {
    pub config: DiaryConfig,
    pub rules: Rules,
    pub data_dir: String,
    pub today: NaiveDate,
    /// The categories of personal data, most serious first, with the labels a registrar reads.
    pub categories: Vec<CategoryInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CategoryInfo {
    pub id: diarievakt_detect::Category,
    pub label: String,
    pub severity: diarievakt_detect::Severity,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportSummary {
    pub cases: u32,
    pub documents: u32,
    pub files: u32,
    pub out_dir: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    pub imported: Vec<String>,
    pub errors: Vec<String>,
    /// What was imported, but not as written (e.g. the box, which needs a confirmation).
    pub notices: Vec<String>,
}

pub struct Workstation {
    store: Store,
    rules: Rules,
    config: DiaryConfig,
    /// Every PDF is opened in these worker processes, never in this one.
    pdf: std::sync::Arc<diarievakt_worker::Pool>,
    /// Team mode: the login this workstation is connected as. Every call acts as it, and the
    /// database checks it again; a `User` naming anyone else is refused.
    session: Option<User>,
    /// Bumped by [`Workstation::cancel_scans`]: every file scan running then stops (issue 12).
    pub(crate) scan_cancel: tokio::sync::watch::Sender<u64>,
}

/// What the sign-in screen needs before anyone has signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SignInInfo {
    /// `true`: a team's PostgreSQL diary (the server checks the password).
    pub team: bool,
    /// The server and database, without any password (team mode), or the data directory.
    pub location: String,
    /// A desk's first start: no administrator yet, the window asks for one.
    pub needs_admin: bool,
}

/// The rules key in the team database's settings.
const RULES_SETTING: &str = "rules.toml";

pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// Reads an optional configuration file from the data directory; `None` when it does not exist.
fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(AppError::new(format!("Filen {} kunde inte läsas: {e}", path.display()))),
    }
}

/// Loads the rules in force: the data directory's `rules.toml` if there is one, else the routine's
/// defaults. A malformed file is an error, never a fallback.
pub fn load_rules(data_dir: &Path) -> Result<Rules> {
    let path = data_dir.join("rules.toml");
    match read_optional(&path)? {
        Some(text) => Rules::parse(&text, &path.display().to_string()).map_err(|e| AppError::new(e.to_string())),
        None => Ok(Rules::defaults()),
    }
}

pub fn load_config(data_dir: &Path) -> Result<DiaryConfig> {
    let path = data_dir.join("diary.toml");
    match read_optional(&path)? {
        Some(text) => DiaryConfig::parse(&text, &path.display().to_string()).map_err(AppError::new),
        None => Ok(DiaryConfig::defaults()),
    }
}

/// The team URL with the password from `PGPASSWORD` when the URL has none.
fn with_env_password(url: &str) -> String {
    match (url::Url::parse(url), std::env::var("PGPASSWORD")) {
        (Ok(u), Ok(pw)) if u.password().is_none() && !pw.is_empty() => {
            diarievakt_store::backend::with_login(url, &diarievakt_store::backend::login_of(url), &pw).unwrap_or_else(|_| url.to_string())
        }
        _ => url.to_string(),
    }
}

impl Workstation {
    /// Where the data directory's diary lives (`DIARIEVAKT_DATABASE_URL`, `config.toml`).
    pub fn location(data_dir: &Path) -> Result<Location> {
        Ok(Location::resolve(data_dir)?)
    }

    /// Opens the diary: the desk's SQLite file, or – in team mode – the team's database as the
    /// login the URL names (its password in the URL or `PGPASSWORD`): what headless commands do.
    pub async fn open(data_dir: &Path) -> Result<Workstation> {
        match Self::location(data_dir)? {
            Location::Sqlite => Self::finish(data_dir, Store::open(data_dir).await?, None).await,
            Location::Postgres(url) => {
                let store = Store::connect(data_dir, &with_env_password(&url)).await?;
                let me = store.me().await?;
                Self::finish(data_dir, store, Some(me)).await
            }
        }
    }

    /// Team mode, from the window: connects as `username` with `password`; the server checks it.
    pub async fn open_as(data_dir: &Path, username: &str, password: &str) -> Result<(Workstation, User)> {
        let Location::Postgres(url) = Self::location(data_dir)? else {
            return Err(AppError::new("Diariet är lokalt: logga in med ditt konto på den här datorn."));
        };
        let url = diarievakt_store::backend::with_login(&url, username.trim(), password)?;
        let store = match Store::connect(data_dir, &url).await {
            Ok(s) => s,
            Err(StoreError::BadLogin) => {
                // The server logs the attempt (log_connections); the same wait as on a desk.
                tokio::time::sleep(diarievakt_store::users::FAILED_SIGN_IN_DELAY).await;
                return Err(StoreError::BadLogin.into());
            }
            Err(e) => return Err(e.into()),
        };
        let me = store.me().await?;
        if me.roles.is_empty() {
            return Err(AppError::new("Din inloggning har ingen roll i diariet ännu: be administratören ge dig en."));
        }
        let ws = Self::finish(data_dir, store, Some(me.clone())).await?;
        tracing::info!(user = me.id, "signed in (team)");
        Ok((ws, me))
    }

    async fn finish(data_dir: &Path, store: Store, session: Option<User>) -> Result<Workstation> {
        let config = load_config(data_dir)?;
        let rules = match store.backend() {
            Backend::Sqlite => load_rules(data_dir)?,
            // A team applies the rules kept in its database, the same on every desk.
            Backend::Postgres => match store.setting(RULES_SETTING).await? {
                Some(text) => Rules::parse(&text, "diariets regler (databasen)").map_err(|e| AppError::new(e.to_string()))?,
                None => Rules::defaults(),
            },
        };
        let series: Vec<Series> = config.series.iter().map(|s| Series { code: s.code.clone(), name: s.name.clone() }).collect();
        if session.as_ref().is_none_or(|u| u.writes()) {
            store.ensure_series(&series).await?;
        }
        tracing::info!(dir = %data_dir.display(), team = session.is_some(), "workstation opened");
        let pdf = std::sync::Arc::new(diarievakt_worker::Pool::for_this_machine());
        Ok(Workstation { store, rules, config, pdf, session, scan_cancel: tokio::sync::watch::Sender::new(0) })
    }

    /// Team mode: who this workstation acts as.
    pub fn session(&self) -> Option<&User> {
        self.session.as_ref()
    }

    /// Refuses a call made for anyone but the signed-in login (team mode), or by someone
    /// without a role that may change the diary.
    pub(crate) async fn writer(&self, user: &User) -> Result<()> {
        let user = self.granted(user).await?;
        if !user.writes() {
            return Err(AppError::new("Din roll får inte ändra i diariet (det kräver registrator, handläggare eller teamledare)."));
        }
        Ok(())
    }

    pub(crate) fn acting(&self, user: &User) -> Result<()> {
        if let Some(me) = &self.session {
            if me.id != user.id {
                return Err(AppError::new("Åtgärden gäller en annan användare än den som är inloggad."));
            }
        }
        Ok(())
    }

    /// The roles as granted, not as a caller says: the session's in team mode, the diary's on a desk.
    pub(crate) async fn granted(&self, user: &User) -> Result<User> {
        self.acting(user)?;
        if let Some(me) = &self.session {
            return Ok(me.clone());
        }
        self.store.user(&user.username).await?.filter(|u| u.id == user.id).ok_or_else(|| AppError::new("Okänd användare."))
    }

    /// Team mode: what the sign-in screen shows before anyone is connected; `None` on a desk.
    pub fn team_sign_in(data_dir: &Path) -> Result<Option<SignInInfo>> {
        Ok(match Self::location(data_dir)? {
            Location::Sqlite => None,
            Location::Postgres(url) => {
                Some(SignInInfo { team: true, location: diarievakt_store::backend::redact_url(&url), needs_admin: false })
            }
        })
    }

    pub async fn sign_in_info(&self) -> Result<SignInInfo> {
        Ok(SignInInfo {
            team: self.session.is_some(),
            location: self.store.data_dir().display().to_string(),
            needs_admin: !self.store.has_admin().await?,
        })
    }

    /// Sets the team's rules (team mode; administrators only). Consents bound to the old rules'
    /// fingerprint no longer match, so they are void.
    pub async fn set_rules(&self, admin: &User, text: &str) -> Result<Rules> {
        let admin = self.granted(admin).await?;
        if !admin.has(Role::Admin) {
            return Err(AppError::new("Bara en administratör kan ändra reglerna."));
        }
        let rules = Rules::parse(text, "regelfilen").map_err(|e| AppError::new(e.to_string()))?;
        if self.store.backend() != Backend::Postgres {
            return Err(AppError::new("På en enskild dator ligger reglerna i datamappens rules.toml."));
        }
        self.store.set_setting(&admin, RULES_SETTING, text).await?;
        Ok(rules)
    }

    /// The same, with PDFs handled by `pool` (tests set tight limits or fault injection).
    pub async fn open_with_pool(data_dir: &Path, pool: diarievakt_worker::Pool) -> Result<Workstation> {
        let mut ws = Workstation::open(data_dir).await?;
        ws.pdf = std::sync::Arc::new(pool);
        Ok(ws)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The worker processes that open, scan and render PDFs.
    pub fn pdf(&self) -> &diarievakt_worker::Pool {
        &self.pdf
    }

    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    pub fn setup(&self) -> Setup {
        Setup {
            config: self.config.clone(),
            rules: self.rules.clone(),
            data_dir: self.store.data_dir().display().to_string(),
            today: today(),
            categories: diarievakt_detect::Category::ALL
                .iter()
                .map(|&c| CategoryInfo { id: c, label: c.label_sv().to_string(), severity: c.severity() })
                .collect(),
        }
    }

    // ---- users ---------------------------------------------------------------------------------

    pub async fn users(&self) -> Result<Vec<User>> {
        Ok(self.store.users().await?)
    }

    /// Signs in to a desk's diary with a password. (Team mode signs in with [`Workstation::open_as`].)
    pub async fn sign_in(&self, username: &str, password: &str) -> Result<User> {
        if let Some(me) = &self.session {
            if me.username == username.trim() {
                return Ok(me.clone());
            }
            return Err(AppError::new("I teamläge loggar du in mot databasservern."));
        }
        let u = self.store.sign_in_local(username, password).await?;
        tracing::info!(user = u.id, "signed in");
        Ok(u)
    }

    /// A desk's first start: its administrator.
    pub async fn create_first_admin(&self, username: &str, display_name: &str, password: &str) -> Result<User> {
        Ok(self.store.create_first_admin(username, display_name, password).await?)
    }

    pub async fn add_user(&self, admin: &User, username: &str, display_name: &str, roles: &[Role], password: Option<&str>) -> Result<User> {
        let admin = self.granted(admin).await?;
        Ok(self.store.add_user(&admin, username, display_name, roles, password).await?)
    }

    pub async fn set_role(&self, admin: &User, username: &str, role: Role, grant: bool) -> Result<User> {
        let admin = self.granted(admin).await?;
        Ok(self.store.set_role(&admin, username, role, grant).await?)
    }

    pub async fn set_password(&self, actor: &User, username: &str, password: &str) -> Result<()> {
        let actor = self.granted(actor).await?;
        Ok(self.store.set_password(&actor, username, password).await?)
    }

    pub async fn accounts(&self, actor: &User) -> Result<Vec<Account>> {
        let actor = self.granted(actor).await?;
        if !actor.has(Role::Admin) && !actor.has(Role::Dataskyddsombud) {
            return Err(AppError::new("Bara administratören och dataskyddsombudet ser kontolistan."));
        }
        Ok(self.store.accounts().await?)
    }

    // ---- registration --------------------------------------------------------------------------

    /// Registers a new case (when it has no number) in `series`, or saves an existing one.
    pub async fn save_case(&self, user: &User, series: &str, case: Case) -> Result<CaseRecord> {
        self.save_case_from(user, series, case, None).await
    }

    /// The same, for an editor that opened the case as `base`: if someone else saved it since,
    /// nothing is written and the error says so (optimistic concurrency; what was typed stays in
    /// the form).
    pub async fn save_case_from(&self, user: &User, series: &str, case: Case, base: Option<Case>) -> Result<CaseRecord> {
        self.writer(user).await?;
        let case = case.normalised();
        let errors = validate_case(&case, today());
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        let number = match &case.number {
            Some(n) => {
                let base = base.map(|b| b.normalised());
                self.store.update_case_from(user, n, &case, base.as_ref()).await?;
                let record = self.get_case(n).await?;
                return self.settle_consents(user, record).await;
            }
            None => {
                if !self.config.series.iter().any(|s| s.code == series) {
                    return Err(AppError {
                        message: format!("Diarieserien ”{series}” finns inte."),
                        fields: vec![FieldError { field: "series".into(), message: "Välj en diarieserie.".into() }],
                    });
                }
                self.store.register_case(user, series, &case).await?.to_string()
            }
        };
        self.get_case(&number).await
    }

    async fn check_document(&self, doc: &Document) -> Result<()> {
        let errors = validate_document(doc, today());
        if !errors.is_empty() {
            return Err(AppError::invalid(errors));
        }
        if let Some(f) = &doc.file {
            if !self.store.files().contains(&f.sha256).await {
                return Err(AppError {
                    message: format!("Filen ”{}” finns inte i filarkivet; bifoga den igen.", f.name),
                    fields: vec![FieldError { field: "file".into(), message: "Bifoga filen igen.".into() }],
                });
            }
        }
        Ok(())
    }

    /// Adds a document to a case, or saves an existing document (when it has a number).
    pub async fn save_document(&self, user: &User, case_number: &str, doc: Document) -> Result<CaseRecord> {
        self.writer(user).await?;
        let mut doc = doc.normalised();
        self.check_document(&doc).await?;
        // The box is set only by `confirm_publication`; saving can keep or clear it, never set it.
        let stored_box = match &doc.number {
            Some(n) => {
                self.get_case(case_number).await?.documents.iter().find(|d| d.number.as_deref() == Some(n)).is_some_and(|d| d.publish_file)
            }
            None => false,
        };
        doc.publish_file = doc.publish_file && stored_box;
        match &doc.number {
            Some(n) => {
                if !n.starts_with(&format!("{case_number}:")) {
                    return Err(AppError::new(format!("Handlingen {n} hör inte till ärendet {case_number}.")));
                }
                self.store.update_document(user, n, &doc).await?
            }
            None => {
                self.store.add_document(user, case_number, &doc).await?;
            }
        }
        let record = self.get_case(case_number).await?;
        let record = self.settle_consents(user, record).await?;
        self.queue_stopped_auto_publications(user, &record).await?;
        Ok(record)
    }

    /// Reads a PDF, refuses it with a reason if PDFium cannot open it, keeps a copy in the
    /// content-addressed store, and scans it for personal data (the result is recorded under the
    /// file's hash, so the gate knows what was found). See [`Workstation::attach_pdf_with`].
    pub async fn attach_pdf(&self, user: &User, path: &Path) -> Result<FileRef> {
        self.attach_pdf_with(user, path, |_| {}).await
    }

    pub async fn get_case(&self, number: &str) -> Result<CaseRecord> {
        self.store.get_case(number).await?.ok_or_else(|| AppError::new(format!("Ärendet {number} finns inte.")))
    }

    pub async fn search(&self, query: &str) -> Result<Vec<CaseSummary>> {
        Ok(self.store.search_cases(query, 500).await?)
    }

    pub async fn changes(&self, number: &str) -> Result<Vec<Change>> {
        Ok(self.store.changes(number).await?)
    }

    // ---- the public diary ----------------------------------------------------------------------

    /// The preview of a record as typed (saved or not): exactly what the export would write,
    /// with what is recorded about each file.
    pub async fn preview(&self, record: &CaseRecord, audience: Audience) -> Result<Preview> {
        let clearances = self.clearances(record).await?;
        Ok(preview(record, &self.rules, audience, &clearances))
    }

    /// Writes the external web diary for the whole database to `out_dir`: an index, one page per
    /// case, a JSON feed and the published files. The new export replaces the old one as a whole,
    /// so a file that is no longer published disappears with it.
    pub async fn export_site(&self, out_dir: &Path) -> Result<ExportSummary> {
        let records = self.store.all_records().await?;
        let staging = sibling(out_dir, "ny");
        let _ = std::fs::remove_dir_all(&staging);
        let io = |what: &str, e: std::io::Error| {
            AppError::new(format!(
                "Exporten kunde inte skrivas ({what}): {}. Den tidigare exporten är orörd.",
                diarievakt_pdf::io_error_sv(&e)
            ))
        };
        std::fs::create_dir_all(staging.join("arenden")).map_err(|e| io("mapp", e))?;
        std::fs::create_dir_all(staging.join("filer")).map_err(|e| io("mapp", e))?;
        let mut projections = Vec::with_capacity(records.len());
        let (mut documents, mut files) = (0, 0);
        for r in &records {
            let clearances = self.clearances(r).await?;
            let p = project_with(r, &self.rules, Audience::External, &clearances);
            for d in &p.documents {
                documents += 1;
                if let Some(f) = &d.file {
                    // Fail closed: a published file must come from the store with its hash intact.
                    let bytes = self.store.files().read(&f.sha256).await.map_err(|e| {
                        let _ = std::fs::remove_dir_all(&staging);
                        AppError::new(format!(
                            "Dokumentfilen till {} kunde inte hämtas ({e}). Exporten avbröts; inget publicerades.",
                            d.number.as_deref().unwrap_or("?")
                        ))
                    })?;
                    std::fs::write(staging.join(html::published_file_path(&f.sha256)), bytes).map_err(|e| io("fil", e))?;
                    files += 1;
                }
            }
            let name = html::case_file_name(p.case.number.as_deref().unwrap_or_default());
            std::fs::write(staging.join("arenden").join(name), html::case_page(&p)).map_err(|e| io("sida", e))?;
            projections.push(p);
        }
        let audience_name = self.rules.audience(Audience::External).name.clone();
        std::fs::write(staging.join("index.html"), html::index_page(&audience_name, &projections)).map_err(|e| io("index", e))?;
        let feed = serde_json::to_string_pretty(&projections).expect("projections serialise");
        std::fs::write(staging.join("sok.json"), feed).map_err(|e| io("sok.json", e))?;
        swap_in(&staging, out_dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staging);
            io("byte", e)
        })?;
        tracing::info!(cases = records.len(), files, "web diary exported");
        Ok(ExportSummary { cases: records.len() as u32, documents, files, out_dir: out_dir.display().to_string() })
    }

    // ---- registration JSON ---------------------------------------------------------------------

    /// Imports registration JSON: one `{case, documents}` object or an array of them. Each case is
    /// validated and stored in its own transaction; a bad one is reported and the rest go on.
    pub async fn import_json(&self, user: &User, text: &str) -> Result<ImportSummary> {
        self.writer(user).await?;
        let records = parse_records(text)?;
        let mut summary = ImportSummary { imported: Vec::new(), errors: Vec::new(), notices: Vec::new() };
        let today = today();
        for mut r in records {
            for d in r.documents.iter_mut().filter(|d| d.publish_file) {
                d.publish_file = false;
                summary.notices.push(format!(
                    "{}: Publicera dokumentfil fördes inte över – den kräver en granskning och en bekräftelse i Diarievakt.",
                    d.number.as_deref().unwrap_or("handling")
                ));
            }
            let label = r.case.number.clone().unwrap_or_else(|| "(utan diarienummer)".into());
            let mut errors: Vec<String> = validate_case(&r.case, today).into_iter().map(|e| e.message).collect();
            for d in &r.documents {
                errors.extend(
                    validate_document(d, today)
                        .into_iter()
                        .map(|e| format!("{}: {}", d.number.as_deref().unwrap_or("handling"), e.message)),
                );
            }
            if !errors.is_empty() {
                summary.errors.push(format!("{label}: {}", errors.join(" ")));
                continue;
            }
            match self.store.import_record(user, &r).await {
                Ok(n) => summary.imported.push(n.to_string()),
                Err(e) => summary.errors.push(format!("{label}: {e}")),
            }
        }
        Ok(summary)
    }

    pub async fn export_json(&self) -> Result<String> {
        let records = self.store.all_records().await?;
        Ok(serde_json::to_string_pretty(&records).expect("records serialise"))
    }

    // ---- drafts --------------------------------------------------------------------------------

    pub async fn save_draft(&self, user: &User, key: &str, body: &str) -> Result<()> {
        self.writer(user).await?;
        Ok(self.store.save_draft(user, key, body).await?)
    }

    pub async fn drafts(&self, user: &User) -> Result<Vec<Draft>> {
        self.acting(user)?;
        Ok(self.store.drafts(user).await?)
    }

    pub async fn delete_draft(&self, user: &User, key: &str) -> Result<()> {
        self.acting(user)?;
        Ok(self.store.delete_draft(user, key).await?)
    }
}

/// Puts the finished site in `staging` where `out_dir` is, so that a reader – or a kill -9 at any
/// moment – sees the old site or the new one, never a half-written or missing one: on Linux the
/// two folders are exchanged in one step (renameat2 with RENAME_EXCHANGE); elsewhere, or on a file
/// system without it, the old one is moved aside and the new one moved in.
fn swap_in(staging: &Path, out_dir: &Path) -> std::io::Result<()> {
    if out_dir.exists() {
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::ffi::OsStrExt;
            let a = std::ffi::CString::new(staging.as_os_str().as_bytes())?;
            let b = std::ffi::CString::new(out_dir.as_os_str().as_bytes())?;
            // SAFETY: two valid NUL-terminated paths relative to the working directory.
            let r = unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
            if r == 0 {
                // `staging` now holds the old site.
                let _ = std::fs::remove_dir_all(staging);
                return Ok(());
            }
        }
        let old = sibling(out_dir, "gammal");
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(out_dir, &old)?;
        std::fs::rename(staging, out_dir)?;
        let _ = std::fs::remove_dir_all(&old);
        return Ok(());
    }
    std::fs::rename(staging, out_dir)
}

fn sibling(dir: &Path, tag: &str) -> PathBuf {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    dir.with_file_name(format!(".{name}.{tag}"))
}

/// The preview of a record for an audience: the projection, its page and the form's warnings.
pub fn preview(record: &CaseRecord, rules: &Rules, audience: Audience, clearances: &[Clearance]) -> Preview {
    let projection = project_with(record, rules, audience, clearances);
    let html = html::case_page(&projection);
    let warnings = if audience == Audience::External {
        check_projection(record, &projection)
    } else {
        check_projection(record, &project(record, rules, Audience::External))
    };
    Preview { projection, html, warnings }
}

/// Parses registration JSON: one record or an array of records, with a Swedish error naming the line
/// ([`diarievakt_model::diary::parse_records`]).
pub fn parse_records(text: &str) -> Result<Vec<CaseRecord>> {
    diarievakt_model::diary::parse_records(text).map_err(AppError::new)
}
