// Typed calls into the Rust core. Every type comes from bindings.ts, generated from the Rust types.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  AppError, AttachEvent, AuditEntry, Audience, Case, CaseRecord, CaseSummary, Change, ConfirmationView, Document, DocumentGate,
  Draft, FieldError, FileRef, FileReview, Gate, InventoryProgress, InventoryRow, PageInfo, Preview, ReviewRequest, Role, Setup, User, Verdict,
} from "./bindings";

function channel(on: (e: AttachEvent) => void): Channel<AttachEvent> {
  const c = new Channel<AttachEvent>();
  c.onmessage = on;
  return c;
}

export const api = {
  setup: () => invoke<Setup>("setup"),
  users: () => invoke<User[]>("users"),
  signIn: (username: string, displayName: string, role: Role) => invoke<User>("sign_in", { username, displayName, role }),
  searchCases: (query: string) => invoke<CaseSummary[]>("search_cases", { query }),
  getCase: (number: string) => invoke<CaseRecord>("get_case", { number }),
  saveCase: (series: string, c: Case) => invoke<CaseRecord>("save_case", { series, case: c }),
  saveDocument: (caseNumber: string, document: Document) => invoke<CaseRecord>("save_document", { caseNumber, document }),
  validateCase: (c: Case) => invoke<FieldError[]>("validate_case", { case: c }),
  validateDocument: (document: Document) => invoke<FieldError[]>("validate_document", { document }),
  signOut: () => invoke<void>("sign_out"),
  /** Attaches and scans; `on` hears the stored file at once, then the scan's progress. */
  attachPdf: (path: string, on: (e: AttachEvent) => void) => invoke<FileRef>("attach_pdf", { path, onEvent: channel(on) }),
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
  inventoryVerdict: (path: string, verdict: "avpublicera" | "ok") => invoke<void>("inventory_verdict", { path, verdict }),
  inventoryOpen: (path: string) => invoke<FileRef>("inventory_open", { path }),
  inventoryReport: (dir: string) => invoke<[string, string]>("inventory_report", { dir }),
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
