//! Personuppgiftsincidenter: the record of a file that reached the web diary with personal data in
//! it, and the 72-hour clock of GDPR art. 33. Pure: times go in, states and deadlines come out, so
//! the clock is tested with fixed times and the window, the command and the report agree.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Hours from becoming aware of a breach to the notification to IMY (GDPR art. 33.1).
pub const NOTIFY_HOURS: i64 = 72;
/// Under this many hours left, the window shows a banner to the DPO and the team leads.
pub const URGENT_HOURS: i64 = 24;
/// IMY accepts supplements to a notification within four weeks.
pub const SUPPLEMENT_DAYS: i64 = 28;

/// Where an incident stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IncidentState {
    /// Öppen: not yet notified or closed; the clock runs.
    Open,
    /// Anmäld till IMY.
    Reported,
    /// Avslutad.
    Closed,
    /// Ej anmälningspliktig: unlikely to be a risk (art. 33.1); documented with a justification.
    NotReportable,
}

impl IncidentState {
    pub const ALL: [IncidentState; 4] = [IncidentState::Open, IncidentState::Reported, IncidentState::Closed, IncidentState::NotReportable];
    pub fn id(self) -> &'static str {
        match self {
            IncidentState::Open => "open",
            IncidentState::Reported => "reported",
            IncidentState::Closed => "closed",
            IncidentState::NotReportable => "not_reportable",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == s)
    }
    /// The id, or one of the Swedish words a person types at the command line.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_lowercase();
        Self::from_id(&s).or(match s.as_str() {
            "öppen" | "oppen" => Some(IncidentState::Open),
            "anmäld" | "anmald" | "anmäld till imy" => Some(IncidentState::Reported),
            "avslutad" => Some(IncidentState::Closed),
            "ej anmälningspliktig" | "ej-anmälningspliktig" | "ej-anmalningspliktig" => Some(IncidentState::NotReportable),
            _ => None,
        })
    }
    pub fn label_sv(self) -> &'static str {
        match self {
            IncidentState::Open => "Öppen",
            IncidentState::Reported => "Anmäld till IMY",
            IncidentState::Closed => "Avslutad",
            IncidentState::NotReportable => "Ej anmälningspliktig",
        }
    }
    /// The clock runs until the incident is notified or judged not notifiable.
    pub fn clock_runs(self) -> bool {
        self == IncidentState::Open
    }
}

/// The DPO's assessment of the risk to the people concerned (art. 33–34).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Risk {
    /// Inte bedömd ännu.
    NotAssessed,
    /// Osannolikt att den leder till en risk: need not be notified (art. 33.1), still documented.
    Unlikely,
    /// Risk: notify IMY.
    Risk,
    /// Hög risk: notify IMY and inform the people concerned (art. 34).
    High,
}

impl Risk {
    pub const ALL: [Risk; 4] = [Risk::NotAssessed, Risk::Unlikely, Risk::Risk, Risk::High];
    pub fn id(self) -> &'static str {
        match self {
            Risk::NotAssessed => "not_assessed",
            Risk::Unlikely => "unlikely",
            Risk::Risk => "risk",
            Risk::High => "high",
        }
    }
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.id() == s)
    }
    pub fn label_sv(self) -> &'static str {
        match self {
            Risk::NotAssessed => "Inte bedömd",
            Risk::Unlikely => "Osannolikt att den leder till risk",
            Risk::Risk => "Risk för de registrerades rättigheter",
            Risk::High => "Hög risk (de registrerade ska informeras)",
        }
    }
}

/// The time left of the 72 hours, at `now`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Clock {
    /// RFC 3339 (UTC).
    pub deadline: String,
    /// Negative once the deadline has passed. `None` when the clock has stopped (notified, closed).
    pub hours_left: Option<f64>,
    /// Less than [`URGENT_HOURS`] left (or passed) while the clock runs.
    pub urgent: bool,
    pub overdue: bool,
    /// "41 h 12 min kvar", "Tiden gick ut för 3 h 5 min sedan", "Anmäld till IMY".
    pub label: String,
}

pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The deadline: 72 hours after the discovery.
pub fn deadline(discovered: DateTime<Utc>) -> DateTime<Utc> {
    discovered + Duration::hours(NOTIFY_HOURS)
}

fn hours_minutes(d: Duration) -> String {
    let m = d.num_minutes().abs();
    format!("{} h {} min", m / 60, m % 60)
}

/// The clock of an incident discovered at `discovered`, in `state`, at `now`.
pub fn clock(discovered: DateTime<Utc>, state: IncidentState, now: DateTime<Utc>) -> Clock {
    let due = deadline(discovered);
    let left = due - now;
    if !state.clock_runs() {
        return Clock { deadline: rfc3339(due), hours_left: None, urgent: false, overdue: false, label: state.label_sv().to_string() };
    }
    let overdue = left < Duration::zero();
    let label = if overdue { format!("Tiden gick ut för {} sedan", hours_minutes(left)) } else { format!("{} kvar", hours_minutes(left)) };
    Clock {
        deadline: rfc3339(due),
        hours_left: Some((left.num_seconds() as f64 / 3600.0 * 10.0).round() / 10.0),
        urgent: left < Duration::hours(URGENT_HOURS),
        overdue,
        label,
    }
}

/// The last day supplements to the notification are expected (four weeks after it was sent).
pub fn supplement_deadline(reported: DateTime<Utc>) -> DateTime<Utc> {
    reported + Duration::days(SUPPLEMENT_DAYS)
}

/// Whether `from` may go to `to` with this justification; the Swedish reason if not. Judging an
/// incident not notifiable, closing one that was never notified and reopening one all need a
/// justification: the incident is documented either way (art. 33.5).
pub fn check_transition(from: IncidentState, to: IncidentState, justification: Option<&str>) -> Result<(), String> {
    use IncidentState::*;
    let justified = justification.map(str::trim).is_some_and(|j| j.chars().count() >= 10);
    if from == to {
        return Err(format!("Incidenten är redan ”{}”.", to.label_sv()));
    }
    let needs = match (from, to) {
        (Open, Reported) | (Reported, Closed) => false,
        (Open, NotReportable) => true,
        (Open, Closed) => true,
        (Closed | NotReportable, Open) => true,
        (Reported, NotReportable) | (Reported, Open) => {
            return Err("En incident som är anmäld till IMY kan bara avslutas (komplettera anmälan vid behov).".into())
        }
        (Closed, _) | (NotReportable, _) => return Err("En avslutad incident kan bara öppnas igen.".into()),
        _ => false,
    };
    if needs && !justified {
        return Err(match to {
            NotReportable => "Skriv en motivering (minst tio tecken) till varför incidenten inte behöver anmälas till IMY.".into(),
            Closed => "Skriv en motivering (minst tio tecken) till varför incidenten avslutas utan anmälan till IMY.".into(),
            _ => "Skriv en motivering (minst tio tecken) till varför incidenten öppnas igen.".into(),
        });
    }
    Ok(())
}

/// The number of people concerned, estimated from what was found: distinct personnummer, and
/// distinct person names (normalised), whichever is more – at least one when anything was found.
pub fn people_concerned<'a>(personnummer: impl IntoIterator<Item = &'a str>, names: impl IntoIterator<Item = &'a str>) -> u32 {
    let norm = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let pnr: std::collections::BTreeSet<String> = personnummer
        .into_iter()
        .map(|p| {
            let d: String = p.chars().filter(char::is_ascii_digit).collect();
            // 19811218-9876 and 811218-9876 are one person.
            if d.len() == 12 {
                d[2..].to_string()
            } else {
                d
            }
        })
        .filter(|d| !d.is_empty())
        .collect();
    let names: std::collections::BTreeSet<String> = names.into_iter().map(norm).filter(|n| !n.is_empty()).collect();
    pnr.len().max(names.len()) as u32
}

/// How many findings of one category a withdrawn file had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CategoryCount {
    pub category: diarievakt_detect::Category,
    pub label: String,
    pub count: u32,
}

/// A file taken off the external web diary: a document of this diary, or a file inventoried from
/// another system's web diary (which that system's owner must take down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Withdrawal {
    pub id: i64,
    /// Handlingsnummer, for a document of this diary.
    pub document: Option<String>,
    /// The inventoried file's path, for a file of another system.
    pub path: Option<String>,
    pub sha256: String,
    pub file_name: String,
    /// A diary reference read from an inventoried file's name, when it has one (RS/399/2021 …).
    pub reference: Option<String>,
    pub reason: String,
    pub at: String,
    pub by: String,
    /// When the file was published and by whom, from the audit trail (`None`: another system's file,
    /// or no record of it).
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    pub categories: Vec<CategoryCount>,
    /// People concerned, estimated from distinct personnummer and names.
    pub people: u32,
    pub incident: Option<i64>,
    /// Another system's file: when its owner confirmed it was taken down.
    pub done_at: Option<String>,
    pub done_by: Option<String>,
}

/// A note on an incident: a supplement to the notification, or the DPO's own note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IncidentNote {
    pub at: String,
    pub by: String,
    /// `komplettering` or `anteckning`.
    pub kind: String,
    pub text: String,
}

/// A personuppgiftsincident as it is recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Incident {
    pub id: i64,
    pub state: IncidentState,
    pub discovered_at: String,
    pub opened_at: String,
    pub opened_by: String,
    pub risk: Risk,
    /// Likely consequences for the people concerned.
    pub consequences: String,
    /// Measures taken and planned.
    pub measures: String,
    /// Why it was not notified, closed without notification, or reopened.
    pub justification: Option<String>,
    pub reported_at: Option<String>,
    /// IMY's case number, once notified.
    pub imy_reference: Option<String>,
    pub closed_at: Option<String>,
    pub updated_at: String,
    pub withdrawals: Vec<Withdrawal>,
    pub notes: Vec<IncidentNote>,
}

impl Incident {
    /// Every category exposed, summed over the incident's files.
    pub fn categories(&self) -> Vec<CategoryCount> {
        let mut out: Vec<CategoryCount> = Vec::new();
        for c in self.withdrawals.iter().flat_map(|w| &w.categories) {
            match out.iter_mut().find(|o| o.category == c.category) {
                Some(o) => o.count += c.count,
                None => out.push(c.clone()),
            }
        }
        out.sort_by_key(|c| c.category.severity() != diarievakt_detect::Severity::High);
        out
    }
    pub fn people(&self) -> u32 {
        self.withdrawals.iter().map(|w| w.people).sum()
    }
    /// The earliest publication of any of its files.
    pub fn published_at(&self) -> Option<&str> {
        self.withdrawals.iter().filter_map(|w| w.published_at.as_deref()).min()
    }
    pub fn clock(&self, now: DateTime<Utc>) -> Clock {
        let found = parse_time(&self.discovered_at).unwrap_or(now);
        clock(found, self.state, now)
    }
}

/// One field of IMY's notification form, in the form's order, ready to copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NotificationField {
    pub label: String,
    pub text: String,
}

/// What the controller must tell IMY (art. 33.3), laid out in the order of IMY's e-service.
/// `controller` is the organisation; `mask` is applied to every free text (personnummer); `time`
/// writes an RFC 3339 time for a reader (the caller's time zone, ÅÅÅÅ-MM-DD TT:MM).
pub fn notification(
    i: &Incident,
    controller: &str,
    mask: impl Fn(&str) -> String,
    time: impl Fn(&str) -> String,
) -> Vec<NotificationField> {
    let f = |label: &str, text: String| NotificationField { label: label.into(), text };
    let day = |s: &str| s.get(..10).unwrap_or(s).to_string();
    let cats = i.categories();
    let kinds = if cats.is_empty() {
        "Inga fynd registrerade i granskningen; beskriv vilka uppgifter som fanns i filen.".to_string()
    } else {
        cats.iter().map(|c| format!("{} ({} st.)", c.label, c.count)).collect::<Vec<_>>().join(", ")
    };
    let special = cats.iter().any(|c| c.category.severity() == diarievakt_detect::Severity::High);
    let files: Vec<String> = i
        .withdrawals
        .iter()
        .map(|w| {
            let what = w.document.clone().or_else(|| w.path.clone()).unwrap_or_default();
            format!("{what} ({}, SHA-256 {})", w.file_name, &w.sha256[..w.sha256.len().min(16)])
        })
        .collect();
    vec![
        f("Personuppgiftsansvarig", controller.to_string()),
        f("Egen referens", format!("Incident {}", i.id)),
        f(
            "När inträffade incidenten",
            match i.published_at() {
                Some(p) => format!("Filen publicerades i webbdiariet {}.", day(p)),
                None => "Okänt: filen publicerades i ett annat system (se inventeringen).".into(),
            },
        ),
        f(
            "När upphörde incidenten",
            i.withdrawals.iter().map(|w| w.done_at.clone().unwrap_or_else(|| w.at.clone())).max().map(|d| day(&d)).unwrap_or_default(),
        ),
        f("När upptäcktes incidenten", time(&i.discovered_at)),
        f(
            "Typ av incident",
            "Obehörigt röjande: handlingar med personuppgifter publicerades i det externa webbdiariet (konfidentialitet).".into(),
        ),
        f("Berörda handlingar", files.join("; ")),
        f("Kategorier av registrerade", "Personer som förekommer i handlingarna (medborgare, patienter, anställda – ange).".into()),
        f("Ungefärligt antal registrerade", format!("{} (uppskattat ur olika personnummer och namn i filerna)", i.people())),
        f("Typer av personuppgifter", kinds),
        f(
            "Känsliga personuppgifter",
            if special {
                "Ja: särskilda kategorier (art. 9), lagöverträdelser (art. 10) eller personnummer."
            } else {
                "Nej, inte enligt granskningen."
            }
            .into(),
        ),
        f("Sannolika konsekvenser", mask(&i.consequences)),
        f("Allvarlighetsgrad", i.risk.label_sv().into()),
        f("Vidtagna åtgärder", {
            let mut m = format!("Filen/filerna avpublicerades ({}).", i.withdrawals.iter().map(|w| day(&w.at)).min().unwrap_or_default());
            if !i.measures.trim().is_empty() {
                m.push(' ');
                m.push_str(&mask(&i.measures));
            }
            m
        }),
        f(
            "Information till de registrerade",
            match i.risk {
                Risk::High => "Ska informeras (hög risk, art. 34).".into(),
                _ => "Inte informerade: risken bedöms inte som hög.".into(),
            },
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        parse_time(s).unwrap()
    }

    #[test]
    fn the_clock_runs_72_hours_from_discovery() {
        let found = t("2026-03-02T08:00:00Z");
        let c = clock(found, IncidentState::Open, t("2026-03-02T10:30:00Z"));
        assert_eq!(c.deadline, "2026-03-05T08:00:00Z");
        assert_eq!(c.hours_left, Some(69.5));
        assert!(!c.urgent && !c.overdue);
        assert_eq!(c.label, "69 h 30 min kvar");
        let c = clock(found, IncidentState::Open, t("2026-03-04T09:00:00Z"));
        assert!(c.urgent && !c.overdue, "23 h left is urgent");
        let c = clock(found, IncidentState::Open, t("2026-03-05T11:05:00Z"));
        assert!(c.overdue && c.urgent);
        assert_eq!(c.hours_left, Some(-3.1));
        assert_eq!(c.label, "Tiden gick ut för 3 h 5 min sedan");
        let c = clock(found, IncidentState::Reported, t("2026-03-05T11:05:00Z"));
        assert_eq!((c.hours_left, c.urgent, c.label.as_str()), (None, false, "Anmäld till IMY"));
        // Across the change to summer time nothing moves: the clock is UTC.
        let c = clock(t("2026-03-28T12:00:00+01:00"), IncidentState::Open, t("2026-03-31T13:00:00+02:00"));
        assert_eq!(c.hours_left, Some(0.0));
    }

    #[test]
    fn closing_without_notifying_needs_a_justification() {
        use IncidentState::*;
        assert!(check_transition(Open, Reported, None).is_ok());
        assert!(check_transition(Reported, Closed, None).is_ok());
        assert!(check_transition(Open, NotReportable, None).unwrap_err().contains("motivering"));
        assert!(check_transition(Open, NotReportable, Some("kort")).is_err());
        assert!(check_transition(Open, NotReportable, Some("Filen låg ute i tio minuter och hämtades aldrig.")).is_ok());
        assert!(check_transition(Open, Closed, Some("   ")).is_err());
        assert!(check_transition(Reported, Open, Some("Ny information kom in.")).is_err());
        assert!(check_transition(Closed, Reported, None).is_err());
        assert!(check_transition(Closed, Open, Some("Fler filer hittades i inventeringen.")).is_ok());
        assert!(check_transition(Open, Open, None).is_err());
    }

    #[test]
    fn people_are_counted_once() {
        let n = people_concerned(["19811218-9876", "811218-9876", "090527+1474"], ["Anna Berg", "anna  berg", "Per Ek"]);
        assert_eq!(n, 2);
        assert_eq!(people_concerned([], ["A. Ek", "Bo Ek", "Cia Ek"]), 3);
        assert_eq!(people_concerned([], []), 0);
    }

    #[test]
    fn states_parse_from_swedish() {
        assert_eq!(IncidentState::parse("Anmäld"), Some(IncidentState::Reported));
        assert_eq!(IncidentState::parse("ej-anmälningspliktig"), Some(IncidentState::NotReportable));
        assert_eq!(IncidentState::parse("closed"), Some(IncidentState::Closed));
        assert_eq!(IncidentState::parse("kanske"), None);
    }
}
