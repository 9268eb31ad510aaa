//! The categories of personal data (`../shared/spec/categories.md`): one list used by the detector,
//! the scan JSON, the UI labels and the reports.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Normal,
    High,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Normal => "normal",
        }
    }
    pub fn label_sv(self) -> &'static str {
        match self {
            Severity::High => "Hög",
            Severity::Normal => "Normal",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    PersonalId,
    ProtectedIdentity,
    Health,
    SocialWelfare,
    Criminal,
    Ethnicity,
    Political,
    Religion,
    Union,
    SexLife,
    GeneticBiometric,
    Name,
    Address,
    Phone,
    Email,
    BankAccount,
    Vehicle,
}

impl Category {
    pub const ALL: [Category; 17] = [
        Category::PersonalId,
        Category::ProtectedIdentity,
        Category::Health,
        Category::SocialWelfare,
        Category::Criminal,
        Category::Ethnicity,
        Category::Political,
        Category::Religion,
        Category::Union,
        Category::SexLife,
        Category::GeneticBiometric,
        Category::Name,
        Category::Address,
        Category::Phone,
        Category::Email,
        Category::BankAccount,
        Category::Vehicle,
    ];

    /// The id code and JSON carry.
    pub fn id(self) -> &'static str {
        match self {
            Category::PersonalId => "personal_id",
            Category::ProtectedIdentity => "protected_identity",
            Category::Health => "health",
            Category::SocialWelfare => "social_welfare",
            Category::Criminal => "criminal",
            Category::Ethnicity => "ethnicity",
            Category::Political => "political",
            Category::Religion => "religion",
            Category::Union => "union",
            Category::SexLife => "sex_life",
            Category::GeneticBiometric => "genetic_biometric",
            Category::Name => "name",
            Category::Address => "address",
            Category::Phone => "phone",
            Category::Email => "email",
            Category::BankAccount => "bank_account",
            Category::Vehicle => "vehicle",
        }
    }

    /// The short label on a mask in a masked copy (*sekretessmaskering*): fits a line of text.
    pub fn mask_label(self) -> &'static str {
        match self {
            Category::PersonalId => "Personnummer",
            Category::ProtectedIdentity => "Skyddad identitet",
            Category::Health => "Hälsa",
            Category::SocialWelfare => "Socialtjänst",
            Category::Criminal => "Lagöverträdelse",
            Category::Ethnicity => "Etniskt ursprung",
            Category::Political => "Politisk åsikt",
            Category::Religion => "Religion",
            Category::Union => "Fackligt medlemskap",
            Category::SexLife => "Sexualliv",
            Category::GeneticBiometric => "Genetik, biometri",
            Category::Name => "Namn",
            Category::Address => "Adress",
            Category::Phone => "Telefonnummer",
            Category::Email => "E-postadress",
            Category::BankAccount => "Bankkonto",
            Category::Vehicle => "Registreringsnummer",
        }
    }

    /// What a registrar reads.
    pub fn label_sv(self) -> &'static str {
        match self {
            Category::PersonalId => "Personnummer / samordningsnummer",
            Category::ProtectedIdentity => "Skyddad identitet",
            Category::Health => "Hälsa, vård, diagnos, läkemedel",
            Category::SocialWelfare => "Socialtjänst",
            Category::Criminal => "Lagöverträdelser",
            Category::Ethnicity => "Etniskt ursprung",
            Category::Political => "Politisk åsikt",
            Category::Religion => "Religiös eller filosofisk övertygelse",
            Category::Union => "Medlemskap i fackförening",
            Category::SexLife => "Sexualliv, sexuell läggning",
            Category::GeneticBiometric => "Genetiska och biometriska uppgifter",
            Category::Name => "Namn",
            Category::Address => "Adress",
            Category::Phone => "Telefonnummer",
            Category::Email => "E-postadress",
            Category::BankAccount => "Bankkonto",
            Category::Vehicle => "Registreringsnummer",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Category::Name | Category::Address | Category::Phone | Category::Email | Category::BankAccount | Category::Vehicle => {
                Severity::Normal
            }
            _ => Severity::High,
        }
    }
}
