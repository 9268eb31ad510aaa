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

export type Role = "registrator" | "handlaggare" | "teamledare";

export type User = { id: number, username: string, display_name: string, role: Role, };

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

export type Rules = { auto_publish_document_types: Array<string>, secret_case_types: Array<SecretCaseType>, audiences: { [key in Audience]?: AudienceRules }, };

export type AudienceRules = { name: string, case_fields: Array<CaseField>, document_fields: Array<DocumentField>, };

export type SecretCaseType = { case_type: string, reference: string, };

export type CaseField = "number" | "title" | "case_type" | "status" | "registered" | "publish_date" | "unit" | "officer" | "description" | "counterpart";

export type DocumentField = "number" | "title" | "direction" | "date" | "document_type" | "counterpart" | "file";

export type CaseSummary = { number: string, title: string, public_title: string | null, case_type: string, counterpart: string | null, status: CaseStatus, registered: string, secret: boolean, personal_data: boolean, documents: number, updated_at: string, };

export type Draft = { key: string, body: string, updated_at: string, };

export type Change = { at: string, user: string, action: string, entity: string, ref: string, };

export type DiaryConfig = { series: Array<SeriesConfig>, case_types: Array<string>, document_types: Array<string>, units: Array<string>, osl: Array<OslReference>, };

export type SeriesConfig = { code: string, name: string, };

export type OslReference = { reference: string, label: string, };

export type AppError = { message: string, fields: Array<FieldError>, };

export type Preview = { projection: Projection, html: string, warnings: Array<FormWarning>, };

export type Setup = { config: DiaryConfig, rules: Rules, data_dir: string, today: string, 
/**
 * The categories of personal data, most serious first, with the labels a registrar reads.
 */
categories: Array<CategoryInfo>, };

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
withheld: string | null, };

export type FileReview = { sha256: string, pages: number, 
/**
 * Why the file could not be read, if it could not.
 */
error: string | null, pages_without_text: Array<number>, findings: Array<ReviewFinding>, };

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

export type AttachEvent = { "kind": "attached", file: FileRef, } | { "kind": "progress", page: number, pages: number, } | { "kind": "scanned", findings: number, high: number, pages_without_text: Array<number>, };

export type PageInfo = { page: number, width: number, height: number, without_text: boolean, };

export type ConfirmationView = { document: string, file_name: string, sha256: string, gate: Gate, review: FileReview, 
/**
 * The external web diary's page for the case with this file published.
 */
preview: Preview, 
/**
 * The explicit act: the handlingsnummer to type.
 */
type_to_confirm: string, };

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

