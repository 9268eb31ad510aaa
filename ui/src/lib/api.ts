// Typed calls into the Rust core. Every type comes from bindings.ts, generated from the Rust types.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  Account, AppError, AttachEvent, AuditEntry, Audience, Case, CaseRecord, CaseSummary, Change, ConfirmationView, Document, DocumentGate,
  Draft, DrawnMask, FieldError, FileRef, FileReview, Gate, IncidentReportFiles, IncidentUpdate, IncidentView, InventoryProgress, InventoryRow, PageInfo,
  MaskedCopyView, Preview, ReviewRequest, Role, Setup, SignInInfo, UnpublishOptions, Unpublished, User, Verdict, Withdrawal,
} from "./bindings";

function channel(on: (e: AttachEvent) => void): Channel<AttachEvent> {
  const c = new Channel<AttachEvent>();
  c.onmessage = on;
  return c;
}

export const api = {
  setup: () => invoke<Setup>("setup"),
  signInInfo: () => invoke<SignInInfo>("sign_in_info"),
  signIn: (username: string, password: string) => invoke<User>("sign_in", { username, password }),
  createFirstAdmin: (username: string, displayName: string, password: string) =>
    invoke<User>("create_first_admin", { username, displayName, password }),
  accounts: () => invoke<Account[]>("accounts"),
  addUser: (username: string, displayName: string, roles: Role[], password: string | null) =>
    invoke<User>("add_user", { username, displayName, roles, password }),
  setRole: (username: string, role: Role, grant: boolean) => invoke<User>("set_role", { username, role, grant }),
  setPassword: (username: string, password: string) => invoke<void>("set_password", { username, password }),
  searchCases: (query: string) => invoke<CaseSummary[]>("search_cases", { query }),
  getCase: (number: string) => invoke<CaseRecord>("get_case", { number }),
  saveCase: (series: string, c: Case, base: Case | null) => invoke<CaseRecord>("save_case", { series, case: c, base }),
  saveDocument: (caseNumber: string, document: Document) => invoke<CaseRecord>("save_document", { caseNumber, document }),
  validateCase: (c: Case) => invoke<FieldError[]>("validate_case", { case: c }),
  validateDocument: (document: Document) => invoke<FieldError[]>("validate_document", { document }),
  signOut: () => invoke<void>("sign_out"),
  /** Attaches and scans; `on` hears the stored file at once, then the scan's progress. */
  attachPdf: (path: string, on: (e: AttachEvent) => void) => invoke<FileRef>("attach_pdf", { path, onEvent: channel(on) }),
  cancelScan: () => invoke<void>("cancel_scan"),
  scanStored: (sha256: string, on: (e: AttachEvent) => void) => invoke<FileReview>("scan_stored", { sha256, onEvent: channel(on) }),
  fileReview: (sha256: string) => invoke<FileReview | null>("file_review", { sha256 }),
  filePages: (sha256: string) => invoke<PageInfo[]>("file_pages", { sha256 }),
  renderPage: (sha256: string, page: number, width: number) => invoke<ArrayBuffer | number[]>("render_page", { sha256, page, width }),
  decide: (document: string, ids: string[], verdict: Verdict, reason: string | null) => invoke<void>("decide", { document, ids, verdict, reason }),
  confirmationView: (document: string) => invoke<ConfirmationView>("confirmation_view", { document }),
  confirmPublication: (document: string, typed: string) => invoke<Gate>("confirm_publication", { document, typed }),
  requestReview: (document: string, note: string | null) => invoke<number>("request_review", { document, note }),
  requestsFor: (document: string) => invoke<ReviewRequest[]>("requests_for", { document }),
  reviewQueue: (pendingOnly: boolean) => invoke<ReviewRequest[]>("review_queue", { pendingOnly }),
  decideReview: (id: number, approve: boolean, comment: string | null) => invoke<ReviewRequest>("decide_review", { id, approve, comment }),
  auditTrail: (caseNumber: string | null) => invoke<AuditEntry[]>("audit_trail", { caseNumber }),
  inventoryStart: (paths: string[], on: (p: InventoryProgress) => void) => {
    const c = new Channel<InventoryProgress>();
    c.onmessage = on;
    return invoke<InventoryProgress>("inventory_start", { paths, onProgress: c });
  },
  inventoryCancel: () => invoke<void>("inventory_cancel"),
  inventoryRows: () => invoke<InventoryRow[]>("inventory_rows"),
  inventoryVerdict: (path: string, verdict: "ok") => invoke<void>("inventory_verdict", { path, verdict }),
  inventoryOpen: (path: string) => invoke<FileRef>("inventory_open", { path }),
  inventoryReport: (dir: string) => invoke<[string, string]>("inventory_report", { dir }),
  unpublish: (document: string, reason: string, options: UnpublishOptions) => invoke<Unpublished>("unpublish", { document, reason, options }),
  unpublishInventoried: (path: string, reason: string, options: UnpublishOptions) =>
    invoke<Unpublished>("unpublish_inventoried", { path, reason, options }),
  incidents: () => invoke<IncidentView[]>("incidents"),
  incidentTrail: (id: number) => invoke<AuditEntry[]>("incident_trail", { id }),
  updateIncident: (id: number, update: IncidentUpdate) => invoke<IncidentView>("update_incident", { id, update }),
  addIncidentNote: (id: number, supplement: boolean, text: string) => invoke<IncidentView>("add_incident_note", { id, supplement, text }),
  withdrawalDone: (withdrawal: number) => invoke<Withdrawal>("withdrawal_done", { withdrawal }),
  incidentReport: (id: number, dir: string) => invoke<IncidentReportFiles>("incident_report", { id, dir }),
  createMaskedCopy: (document: string, drawn: DrawnMask[]) => invoke<MaskedCopyView>("create_masked_copy", { document, drawn }),
  maskedCopy: (document: string) => invoke<MaskedCopyView | null>("masked_copy", { document }),
  removeMaskedCopy: (document: string) => invoke<void>("remove_masked_copy", { document }),
  preview: (record: CaseRecord, audience: Audience) => invoke<Preview>("preview", { record, audience }),
  gates: (record: CaseRecord) => invoke<DocumentGate[]>("gates", { record }),
  saveDraft: (key: string, body: string) => invoke<void>("save_draft", { key, body }),
  drafts: () => invoke<Draft[]>("drafts"),
  deleteDraft: (key: string) => invoke<void>("delete_draft", { key }),
  changes: (number: string) => invoke<Change[]>("changes", { number }),
};

/** The Swedish message of whatever a command rejected with. */
export function errorOf(e: unknown): AppError {
  if (e && typeof e === "object" && "message" in e) {
    const a = e as Partial<AppError>;
    return { message: String(a.message), fields: Array.isArray(a.fields) ? a.fields : [] };
  }
  return { message: String(e), fields: [] };
}
