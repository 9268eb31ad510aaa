//! Local users and their roles. Roles are enforced in the core, never only in the window.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Registrator,
    Handlaggare,
    Teamledare,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Registrator, Role::Handlaggare, Role::Teamledare];
    pub fn id(self) -> &'static str {
        match self {
            Role::Registrator => "registrator",
            Role::Handlaggare => "handlaggare",
            Role::Teamledare => "teamledare",
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
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}
