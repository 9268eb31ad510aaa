// Typed calls into the Rust core. Every type comes from bindings.ts, generated from the Rust types.
import { invoke } from "@tauri-apps/api/core";
import type {
  AppError, Audience, Case, CaseRecord, CaseSummary, Change, Document, DocumentGate, Draft, FieldError,
  FileRef, Preview, Role, Setup, User,
} from "./bindings";

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
  attachPdf: (path: string) => invoke<FileRef>("attach_pdf", { path }),
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
