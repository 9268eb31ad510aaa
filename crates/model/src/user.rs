//! Users and their roles. Roles are granted (by an administrator, or by the team's database),
//! never chosen at sign-in; they are enforced in the core and, in team mode, by the database.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Registrator,
    Handlaggare,
    Teamledare,
    /// The data protection officer: reads the audit trail and reports, changes nothing in the diary.
    Dataskyddsombud,
    /// Adds people, grants roles, sets the rules.
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::Registrator, Role::Handlaggare, Role::Teamledare, Role::Dataskyddsombud, Role::Admin];
    pub fn id(self) -> &'static str {
        match self {
            Role::Registrator => "registrator",
            Role::Handlaggare => "handlaggare",
            Role::Teamledare => "teamledare",
            Role::Dataskyddsombud => "dataskyddsombud",
            Role::Admin => "admin",
        }
    }
    pub fn from_id(s: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.id() == s)
    }
    pub fn label_sv(self) -> &'static str {
        match self {
            Role::Registrator => "Registrator",
            Role::Handlaggare => "Handläggare",
            Role::Teamledare => "Teamledare",
            Role::Dataskyddsombud => "Dataskyddsombud",
            Role::Admin => "Administratör",
        }
    }
    /// The PostgreSQL group role that grants this role in team mode.
    pub fn database_role(self) -> String {
        format!("diarievakt_{}", self.id())
    }
    /// May register and edit cases and documents.
    pub fn writes(self) -> bool {
        matches!(self, Role::Registrator | Role::Handlaggare | Role::Teamledare)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    /// The role shown beside the name: the most responsible of the granted ones.
    pub role: Role,
    /// Every granted role.
    pub roles: Vec<Role>,
}

impl User {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
    /// May register and edit (registrator, handläggare or teamledare).
    pub fn writes(&self) -> bool {
        self.roles.iter().any(|r| r.writes())
    }
    /// The role shown beside a name, from the granted ones.
    pub fn primary(roles: &[Role]) -> Role {
        [Role::Teamledare, Role::Handlaggare, Role::Registrator, Role::Dataskyddsombud, Role::Admin]
            .into_iter()
            .find(|r| roles.contains(r))
            .unwrap_or(Role::Registrator)
    }
}
