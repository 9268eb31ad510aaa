// Form state <-> the core's types. The form holds strings; empty optional fields become null.
// No rule lives here: validation and every publication decision are made by the core.
import type { Case, CaseStatus, Direction, Document, FileRef, Setup } from "./bindings";

export type CaseForm = {
  number: string | null;
  title: string; public_title: string; description: string; case_type: string; counterpart: string;
  status: CaseStatus; registered: string; publish_date: string; officer: string; unit: string;
  secret: boolean; secrecy_ref: string; personal_data: boolean;
};

export type DocumentForm = {
  number: string | null;
  title: string; public_title: string; direction: Direction; date: string; counterpart: string;
  document_type: string; secret: boolean; secrecy_ref: string; personal_data: boolean;
  file: FileRef | null; publish_file: boolean;
};

const opt = (s: string): string | null => (s.trim() === "" ? null : s);

export function emptyCase(setup: Pick<Setup, "today" | "config">): CaseForm {
  return {
    number: null, title: "", public_title: "", description: "", case_type: setup.config.case_types[0] ?? "",
    counterpart: "", status: "Pågående", registered: setup.today, publish_date: "", officer: "", unit: "",
    secret: false, secrecy_ref: "", personal_data: false,
  };
}

export function emptyDocument(setup: Pick<Setup, "today" | "config">): DocumentForm {
  return {
    number: null, title: "", public_title: "", direction: "incoming", date: setup.today, counterpart: "",
    document_type: setup.config.document_types[0] ?? "", secret: false, secrecy_ref: "", personal_data: false,
    file: null, publish_file: false,
  };
}

export function toCase(f: CaseForm): Case {
  return {
    number: f.number, title: f.title, public_title: opt(f.public_title), description: opt(f.description),
    case_type: f.case_type, counterpart: opt(f.counterpart), status: f.status, registered: f.registered,
    publish_date: opt(f.publish_date), officer: opt(f.officer), unit: opt(f.unit),
    secrecy: f.secret ? { reference: f.secrecy_ref } : null, personal_data: f.personal_data,
  };
}

export function fromCase(c: Case): CaseForm {
  return {
    number: c.number, title: c.title, public_title: c.public_title ?? "", description: c.description ?? "",
    case_type: c.case_type, counterpart: c.counterpart ?? "", status: c.status, registered: c.registered,
    publish_date: c.publish_date ?? "", officer: c.officer ?? "", unit: c.unit ?? "",
    secret: c.secrecy !== null, secrecy_ref: c.secrecy?.reference ?? "", personal_data: c.personal_data,
  };
}

export function toDocument(f: DocumentForm): Document {
  return {
    number: f.number, title: f.title, public_title: opt(f.public_title), direction: f.direction, date: f.date,
    counterpart: opt(f.counterpart), document_type: f.document_type,
    secrecy: f.secret ? { reference: f.secrecy_ref } : null, personal_data: f.personal_data,
    file: f.file, publish_file: f.publish_file,
  };
}

export function fromDocument(d: Document): DocumentForm {
  return {
    number: d.number, title: d.title, public_title: d.public_title ?? "", direction: d.direction, date: d.date,
    counterpart: d.counterpart ?? "", document_type: d.document_type, secret: d.secrecy !== null,
    secrecy_ref: d.secrecy?.reference ?? "", personal_data: d.personal_data, file: d.file, publish_file: d.publish_file,
  };
}

/** The documents as the preview should see them: the saved ones, with the one being edited in its place. */
export function withEdited(saved: Document[], edited: Document | null): Document[] {
  if (!edited) return saved;
  if (edited.number === null) return [...saved, edited];
  return saved.map((d) => (d.number === edited.number ? edited : d));
}

export const directionLabel: Record<Direction, string> = { incoming: "Inkommande", internal: "Upprättad", outgoing: "Utgående" };
export const dateLabel: Record<Direction, string> = { incoming: "Inkom", internal: "Upprättad", outgoing: "Expedierad" };

export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}
