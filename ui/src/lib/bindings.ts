// Generated from the Rust types by `cargo test -p diarievakt-core bindings`. Do not edit.

export type Category = "personal_id" | "protected_identity" | "health" | "social_welfare" | "criminal" | "ethnicity" | "political" | "religion" | "union" | "sex_life" | "genetic_biometric" | "name" | "address" | "phone" | "email" | "bank_account" | "vehicle";

export type Severity = "normal" | "high";

export type Case = { 
/**
 * Diarienummer, e.g. `RS/399/2021`; `None` until the case is registered.
 */
number: string | null, 
/**
 * Ärendemening.
 */
title: string, 
/**
 * Publik rubrik: shown instead of the title wherever the diary is published.
 */
public_title: string | null, description: string | null, 
/**
 * Ärendetyp.
 */
case_type: string, 
/**
 * Avsändare / motpart.
 */
counterpart: string | null, status: CaseStatus, 
/**
 * Registreringsdatum.
 */
registered: string, 
/**
 * Publiceringsdatum.
 */
publish_date: string | null, 
/**
 * Handläggare.
 */
officer: string | null, 
/**
 * Enhet.
 */
unit: string | null, secrecy: Secrecy | null, 
/**
 * Personuppgiftsmarkering.
 */
personal_data: boolean, };

export type CaseRecord = { case: Case, documents: Array<Document>, };

export type CaseStatus = "Pågående" | "Vilande" | "Avslutat";

export type Direction = "incoming" | "outgoing" | "internal";

export type Document = { 
/**
 * Handlingsnummer, e.g. `RS/399/2021:3`; `None` until registered.
 */
number: string | null, title: string, public_title: string | null, direction: Direction, 
/**
 * Inkom / upprättad / expedierad.
 */
date: string, counterpart: string | null, 
/**
 * Handlingstyp.
 */
document_type: string, secrecy: Secrecy | null, personal_data: boolean, file: FileRef | null, 
/**
 * The box *Publicera dokumentfil*.
 */
publish_file: boolean, };

export type FileRef = { name: string, sha256: string, size?: number, pages?: number, };

export type Secrecy = { 
/**
 * E.g. "OSL 26 kap. 1 §".
 */
reference: string, };

export type FieldError = { 
/**
 * The field's JSON name (`title`, `secrecy`, `date`, …).
 */
field: string, message: string, };

export type Role = "registrator" | "handlaggare" | "teamledare" | "dataskyddsombud" | "admin";

export type User = { id: number, username: string, display_name: string, 
/**
 * The role shown beside the name: the most responsible of the granted ones.
 */
role: Role, 
/**
 * Every granted role.
 */
roles: Array<Role>, };

export type FormWarning = { 
/**
 * `None` for the case, else the index of the document in the record.
 */
document: number | null, field: string, category: Category, message: string, };

export type Audience = "external" | "internal";

export type Marking = "secrecy" | "personal_data";

export type Hidden = { field: string, reason: string, };

export type Projection = { audience: Audience, 
/**
 * The audience's name, e.g. "Externt webbdiarium".
 */
audience_name: string, case: ProjectedCase, documents: Array<ProjectedDocument>, };

export type ProjectedCase = { number: string | null, title: string, case_type: string | null, description: string | null, counterpart: string | null, status: CaseStatus, registered: string, publish_date: string | null, unit: string | null, officer: string | null, markings: Array<Marking>, 
/**
 * The OSL reference of the secrecy marking, as the public sees it.
 */
secrecy_reference: string | null, hidden: Array<Hidden>, 
/**
 * Fields in which a personnummer was masked (rule 5); the registrar is warned.
 */
masked: Array<string>, };

export type ProjectedDocument = { number: string | null, title: string, direction: Direction, date: string, counterpart: string | null, document_type: string, markings: Array<Marking>, secrecy_reference: string | null, file: FileRef | null, hidden: Array<Hidden>, masked: Array<string>, };

export type Rules = { auto_publish_document_types: Array<string>, secret_case_types: Array<SecretCaseType>, audiences: { [key in Audience]?: AudienceRules }, 
/**
 * When a page read by OCR counts as reviewed (issue 12). Left out of the file: the defaults.
 */
ocr?: OcrRules, 
/**
 * Masked copies (issue 14). Left out of the file: the defaults.
 */
masking?: MaskingRules, };

export type AudienceRules = { name: string, case_fields: Array<CaseField>, document_fields: Array<DocumentField>, };

export type SecretCaseType = { case_type: string, reference: string, };

export type CaseField = "number" | "title" | "case_type" | "status" | "registered" | "publish_date" | "unit" | "officer" | "description" | "counterpart";

export type DocumentField = "number" | "title" | "direction" | "date" | "document_type" | "counterpart" | "file";

export type OcrRules = { 
/**
 * Read pages without a usable text layer by OCR at all. Off: such pages are only flagged.
 */
enabled: boolean, 
/**
 * The lowest mean word confidence.
 */
min_mean_confidence: number, 
/**
 * The largest share of words read with low confidence (below 60 %).
 */
max_low_confidence_words: number, 
/**
 * The largest share of the page's ink (ruled lines left out) that no confidently read word covers.
 */
max_unreadable_ink: number, 
/**
 * The resolution pages are rendered at for OCR (dots per inch). 300 reads small print and
 * poor scans best; 200 is faster (see the README's figures).
 */
dpi: number, };

export type MaskingRules = { 
/**
 * A copy that masks high-severity data (personnummer, health, offences …) still needs the
 * team lead's approval: the second pair of eyes checks that the masks cover what they should.
 */
high_needs_team_lead: boolean, };

export type DrawnMask = { page: number, 
/**
 * `[left, bottom, right, top]` in PDF points; `None`: the whole page.
 */
bbox?: [number, number, number, number], 
/**
 * The label shown on the mask ("Personnummer", "Hälsa", "Maskerat" …).
 */
label: string, };

export type MaskedItem = { page: number, label: string, 
/**
 * The finding it masks; `None` for a region drawn by hand or a whole page.
 */
finding_id?: string, };

export type MaskedCopy = { original_sha256: string, sha256: string, size: number, pages: number, 
/**
 * [`decisions_digest`] when the copy was made.
 */
decisions: string, masked: Array<MaskedItem>, drawn: Array<DrawnMask>, 
/**
 * What verification proved (Swedish).
 */
checks: Array<string>, by: string, at: string, };

export type MaskedCopyView = { document: string, copy: MaskedCopy, 
/**
 * The copy still holds for today's decisions (else it is *inaktuell* and does not publish).
 */
current: boolean, };

export type PageRead = { page: number, how: How, 
/**
 * The mean word confidence, 0–1; `None` when nothing was read by OCR.
 */
ocr_confidence: number | null, 
/**
 * What was measured (words, low-confidence words, unexplained ink); `None` without OCR.
 */
quality?: Quality | null, 
/**
 * OCR was needed but could not run (Swedish); the page then stays "kan inte granskas".
 */
ocr_error?: string | null, 
/**
 * Why OCR was run on the page (Swedish), e.g. "sidan saknar textlager".
 */
ocr_reason?: string | null, 
/**
 * Whether the page counts as reviewed depends on this reading: the page (or a large part of
 * it) holds nothing else. The gate judges such a page's [`Quality`] again with the rules in force.
 */
judged?: boolean, };

export type How = "text" | "ocr" | "text+ocr";

export type Quality = { 
/**
 * Words read (with at least one letter or digit).
 */
words: number, 
/**
 * Mean word confidence, 0–1 (0 when no word was read).
 */
mean_confidence: number, 
/**
 * Share of the words below [`LOW_WORD_CONFIDENCE`], 0–1.
 */
low_confidence_share: number, 
/**
 * Share of the ink (ruled lines left out) outside every confidently read word, 0–1.
 */
unexplained_ink: number, 
/**
 * Ink pixels counted (ruled lines left out), for summing several images of one page.
 */
ink_pixels: number, };

export type CaseSummary = { number: string, title: string, public_title: string | null, case_type: string, counterpart: string | null, status: CaseStatus, registered: string, secret: boolean, personal_data: boolean, documents: number, updated_at: string, };

export type Draft = { key: string, body: string, updated_at: string, };

export type Change = { at: string, user: string, action: string, entity: string, ref: string, };

export type Account = { username: string, display_name: string, roles: Array<Role>, 
/**
 * SQLite: a password is set. PostgreSQL: the login exists and may log in.
 */
can_sign_in: boolean, };

export type DiaryConfig = { series: Array<SeriesConfig>, case_types: Array<string>, document_types: Array<string>, units: Array<string>, osl: Array<OslReference>, 
/**
 * The personuppgiftsansvarig (name and organisation number) for incident reports to IMY.
 */
organisation: string | null, };

export type SeriesConfig = { code: string, name: string, };

export type OslReference = { reference: string, label: string, };

export type AppError = { message: string, fields: Array<FieldError>, };

export type Preview = { projection: Projection, html: string, warnings: Array<FormWarning>, };

export type Setup = { config: DiaryConfig, rules: Rules, data_dir: string, today: string, 
/**
 * The categories of personal data, most serious first, with the labels a registrar reads.
 */
categories: Array<CategoryInfo>, };

export type SignInInfo = { 
/**
 * `true`: a team's PostgreSQL diary (the server checks the password).
 */
team: boolean, 
/**
 * The server and database, without any password (team mode), or the data directory.
 */
location: string, 
/**
 * A desk's first start: no administrator yet, the window asks for one.
 */
needs_admin: boolean, };

export type CategoryInfo = { id: Category, label: string, severity: Severity, };

export type ExportSummary = { cases: number, documents: number, files: number, out_dir: string, };

export type ImportSummary = { imported: Array<string>, errors: Array<string>, 
/**
 * What was imported, but not as written (e.g. the box, which needs a confirmation).
 */
notices: Array<string>, };

export type DocumentGate = { document: string | null, gate: Gate, review: FileReview | null, };

export type Gate = { 
/**
 * The box may be offered (it still needs the explicit confirmation).
 */
box_available: boolean, 
/**
 * Why the box is not available (Swedish).
 */
blockers: Array<string>, 
/**
 * Why a team lead must approve before the box can be set (Swedish).
 */
approval_reasons: Array<string>, approved: boolean, confirmed: boolean, 
/**
 * The file publishes now (given rule 3 as well).
 */
publishes: boolean, 
/**
 * Why the file does not publish, when it has one and does not.
 */
withheld: string | null, 
/**
 * The SHA-256 of the masked copy that publishes in the original's place, when one holds.
 */
masked_copy?: string, 
/**
 * Why a recorded masked copy no longer counts (Swedish).
 */
masked_copy_note?: string, 
/**
 * What a confirmation or an approval given now is bound to ([`fingerprint_for`]).
 */
fingerprint: string, };

export type FileReview = { sha256: string, pages: number, 
/**
 * Why the file could not be read, if it could not.
 */
error: string | null, pages_without_text: Array<number>, findings: Array<ReviewFinding>, 
/**
 * How each page was read (text layer, OCR, both); empty for scans made before OCR.
 */
pages_read: Array<PageRead>, };

export type ReviewFinding = { 
/**
 * Stable id of the finding within its file (page, category, position).
 */
id: string, category: Category, severity: Severity, page: number, text: string, 
/**
 * Where the finding sits on its page: `[left, bottom, right, top]` in PDF points, one box per
 * line when it wraps.
 */
boxes: Array<[number, number, number, number]>, 
/**
 * Why the detector flagged it (Swedish).
 */
explanation: string, verdict: Verdict | null, reason: string | null, };

export type Verdict = "not_personal_data" | "may_publish" | "must_not_publish";

export type Consent = { sha256: string, 
/**
 * [`fingerprint`] at the time: a change of file, marking or rules voids the consent.
 */
fingerprint: string, by: string, at: string, };

export type ReviewRequest = { id: number, document: string, sha256: string, fingerprint: string, reasons: Array<string>, requested_by: string, requested_at: string, status: RequestStatus, decided_by: string | null, decided_at: string | null, comment: string | null, };

export type RequestStatus = "pending" | "approved" | "returned";

export type AuditEntry = { id: number, at: string, user_id: number, user: string, action: string, 
/**
 * The case or document number the entry concerns.
 */
subject: string, sha256: string | null, detail: string, prev: string, hash: string, };

export type AuditReport = { entries: number, ok: boolean, problems: Array<string>, };

export type AttachEvent = { "kind": "attached", file: FileRef, } | { "kind": "progress", page: number, pages: number, ocr: boolean, } | { "kind": "scanned", findings: number, high: number, pages_without_text: Array<number>, ocr_pages: Array<number>, };

export type PageInfo = { page: number, width: number, height: number, 
/**
 * The page does not count as reviewed (scanned and not read well enough by OCR, or OCR could not run).
 */
without_text: boolean, 
/**
 * The page was read by OCR (all of it, or its images), with the mean word confidence.
 */
read_by_ocr: boolean, ocr_confidence: number | null, };

export type ConfirmationView = { document: string, file_name: string, sha256: string, gate: Gate, review: FileReview, 
/**
 * The external web diary's page for the case with this file published.
 */
preview: Preview, 
/**
 * The explicit act: the handlingsnummer to type.
 */
type_to_confirm: string, 
/**
 * The masked copy that publishes in the original's place, when one holds: the dialog names
 * both files and their SHA-256s.
 */
masked_copy?: MaskedCopy, };

export type InventoryProgress = { files_total: number, 
/**
 * Files dealt with: scanned now, found already scanned, or failed.
 */
files_done: number, 
/**
 * Files already scanned by an earlier run (or at registration), recorded without a new scan.
 */
skipped: number, pages: number, findings: number, 
/**
 * Files that could not be read (damaged, encrypted, not a PDF) or whose worker failed.
 */
errors: number, pages_per_second: number, 
/**
 * Seconds left at the current pace; `None` until there is a pace to go by.
 */
eta_seconds: number | null, finished: boolean, 
/**
 * The run was stopped before every file was dealt with; a later run goes on from here.
 */
cancelled: boolean, };

export type InventoryRow = { path: string, sha256: string, pages: number, pages_without_text: Array<number>, 
/**
 * Why the file could not be scanned (Swedish), if it could not.
 */
error: string | null, high: number, normal: number, 
/**
 * Findings per category, in the categories' order.
 */
categories: Array<[Category, number]>, 
/**
 * At most six findings, high severity first, then by page.
 */
worst: Array<WorstFinding>, 
/**
 * 3: high-severity findings, 2: cannot be checked (pages without text, unreadable),
 * 1: normal findings only, 0: nothing found.
 */
risk: number, risk_label: string, 
/**
 * `avpublicera` or `ok`, once a team lead has decided.
 */
verdict: string | null, };

export type WorstFinding = { page: number, category: Category, 
/**
 * The matched text with personnummer masked: the inventory points at the data, it does not
 * copy it.
 */
text: string, };

export type IncidentState = "open" | "reported" | "closed" | "not_reportable";

export type Risk = "not_assessed" | "unlikely" | "risk" | "high";

export type Clock = { 
/**
 * RFC 3339 (UTC).
 */
deadline: string, 
/**
 * Negative once the deadline has passed. `None` when the clock has stopped (notified, closed).
 */
hours_left: number | null, 
/**
 * Less than [`URGENT_HOURS`] left (or passed) while the clock runs.
 */
urgent: boolean, overdue: boolean, 
/**
 * "41 h 12 min kvar", "Tiden gick ut för 3 h 5 min sedan", "Anmäld till IMY".
 */
label: string, };

export type CategoryCount = { category: Category, label: string, count: number, };

export type Withdrawal = { id: number, 
/**
 * Handlingsnummer, for a document of this diary.
 */
document: string | null, 
/**
 * The inventoried file's path, for a file of another system.
 */
path: string | null, sha256: string, file_name: string, 
/**
 * A diary reference read from an inventoried file's name, when it has one (RS/399/2021 …).
 */
reference: string | null, reason: string, at: string, by: string, 
/**
 * When the file was published and by whom, from the audit trail (`None`: another system's file,
 * or no record of it).
 */
published_at: string | null, published_by: string | null, categories: Array<CategoryCount>, 
/**
 * People concerned, estimated from distinct personnummer and names.
 */
people: number, incident: number | null, 
/**
 * Another system's file: when its owner confirmed it was taken down.
 */
done_at: string | null, done_by: string | null, };

export type IncidentNote = { at: string, by: string, 
/**
 * `komplettering` or `anteckning`.
 */
kind: string, text: string, };

export type Incident = { id: number, state: IncidentState, discovered_at: string, opened_at: string, opened_by: string, risk: Risk, 
/**
 * Likely consequences for the people concerned.
 */
consequences: string, 
/**
 * Measures taken and planned.
 */
measures: string, 
/**
 * Why it was not notified, closed without notification, or reopened.
 */
justification: string | null, reported_at: string | null, 
/**
 * IMY's case number, once notified.
 */
imy_reference: string | null, closed_at: string | null, updated_at: string, withdrawals: Array<Withdrawal>, notes: Array<IncidentNote>, };

export type NotificationField = { label: string, text: string, };

export type UnpublishOptions = { 
/**
 * Personal data was exposed: open (or link) a personuppgiftsincident. Default in the window
 * and the command; off only for a file withdrawn for another reason.
 */
personal_data: boolean, 
/**
 * When the exposure was discovered (RFC 3339, or ÅÅÅÅ-MM-DD TT:MM local time); now if absent.
 */
discovered_at?: string, 
/**
 * Link to this open incident instead of opening a new one.
 */
incident?: number, };

export type Unpublished = { withdrawal: Withdrawal, incident: number | null, 
/**
 * Whether the incident was opened now (else the file joined an open one).
 */
opened: boolean, message: string, };

export type IncidentView = { incident: Incident, clock: Clock, categories: Array<CategoryCount>, people: number, published_at: string | null, 
/**
 * When supplements to the notification are due (four weeks after it), once notified.
 */
supplement_due: string | null, 
/**
 * IMY's form, in its order, personnummer masked.
 */
notification: Array<NotificationField>, };

export type IncidentUpdate = { 
/**
 * The incident's `updated_at` as the person saw it: a change in between is a conflict.
 */
seen: string, state?: IncidentState, justification?: string, imy_reference?: string, risk?: Risk, consequences?: string, measures?: string, };

export type IncidentReportFiles = { html: string, json: string, pdf: string | null, 
/**
 * For another system's owner: the files to take down (CSV and HTML), when there are any.
 */
withdrawal_csv: string | null, withdrawal_html: string | null, };

