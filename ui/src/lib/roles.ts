// The roles' Swedish names. Which role may do what is decided in the core and the database,
// never here: this only labels what the core says a person has.
import type { Role } from "./bindings";

export const ROLES: Role[] = ["registrator", "handlaggare", "teamledare", "dataskyddsombud", "admin"];

const LABELS: Record<Role, string> = {
  registrator: "Registrator",
  handlaggare: "Handläggare",
  teamledare: "Teamledare",
  dataskyddsombud: "Dataskyddsombud",
  admin: "Administratör",
};

export const roleLabel = (r: Role) => LABELS[r];
