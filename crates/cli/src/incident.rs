//! `diarievakt unpublish` and `diarievakt incident …`: taking a published file off the web diary,
//! and the personuppgiftsincident it opens, without a window (the same core calls as the window).

use crate::diary::{acting, open, runtime, DataDir};
use diarievakt_core::{display_time, IncidentUpdate, IncidentView, UnpublishOptions};
use diarievakt_model::incident::{IncidentState, Risk};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct UnpublishArgs {
    /// Handlingsnumret, t.ex. RS/399/2021:3 – eller med --inventerad sökvägen till en inventerad fil.
    target: String,
    /// Varför filen avpubliceras (krävs; sparas i granskningsloggen).
    #[arg(long)]
    reason: String,
    /// Filen är en inventerad fil från ett annat systems webbdiarium (hamnar på avpubliceringslistan till systemägaren).
    #[arg(long)]
    inventerad: bool,
    /// Ingen personuppgift har röjts (t.ex. upphovsrätt): ingen personuppgiftsincident öppnas.
    #[arg(long)]
    ingen_incident: bool,
    /// När röjandet upptäcktes (ÅÅÅÅ-MM-DD TT:MM; standard: nu). 72-timmarsfristen räknas härifrån.
    #[arg(long)]
    upptackt: Option<String>,
    /// Lägg filen i den här öppna incidenten i stället för att öppna en ny.
    #[arg(long)]
    incident: Option<i64>,
    /// Användaren (standard: DIARIEVAKT_USER, annars inloggad systemanvändare; lösenordet i DIARIEVAKT_PASSWORD).
    #[arg(long)]
    user: Option<String>,
}

#[derive(clap::Subcommand)]
pub enum IncidentCommand {
    /// Alla incidenter med status och tid kvar av 72 timmar.
    List {
        #[arg(long)]
        json: bool,
    },
    /// En incident: filer, vad som röjdes, bedömning och anmälan i IMY:s ordning.
    Show { id: i64 },
    /// Skriv rapporten (HTML, PDF och JSON, och avpubliceringslistan för andra system) till en mapp.
    Report {
        id: i64,
        #[arg(long)]
        out: PathBuf,
    },
    /// Ändra status: anmäld, avslutad, ej-anmälningspliktig eller öppen (dataskyddsombud eller teamledare).
    State {
        id: i64,
        /// anmäld | avslutad | ej-anmälningspliktig | öppen
        state: String,
        /// Motivering (krävs för ej anmälningspliktig, för att avsluta utan anmälan och för att öppna igen).
        #[arg(long)]
        motivering: Option<String>,
        /// IMY:s diarienummer för anmälan.
        #[arg(long)]
        imy: Option<String>,
        #[arg(long)]
        user: Option<String>,
    },
    /// Riskbedömning: risk (ingen | risk | hög), sannolika konsekvenser och vidtagna åtgärder.
    Assess {
        id: i64,
        #[arg(long)]
        risk: Option<String>,
        #[arg(long)]
        konsekvenser: Option<String>,
        #[arg(long)]
        atgarder: Option<String>,
        #[arg(long)]
        user: Option<String>,
    },
    /// Komplettering till anmälan (inom fyra veckor) eller en anteckning.
    Note {
        id: i64,
        text: String,
        /// En anteckning, inte en komplettering till IMY.
        #[arg(long)]
        anteckning: bool,
        #[arg(long)]
        user: Option<String>,
    },
    /// Systemägaren har tagit bort en inventerad fil ur sitt webbdiarium (avpubliceringens nummer i `incident show`).
    Withdrawn {
        withdrawal: i64,
        #[arg(long)]
        user: Option<String>,
    },
}

fn e(e: diarievakt_core::AppError) -> anyhow::Error {
    anyhow::anyhow!(e.message)
}

pub fn unpublish(dd: &DataDir, a: UnpublishArgs) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        let me = acting(&ws, a.user).await?;
        let o = UnpublishOptions { personal_data: !a.ingen_incident, discovered_at: a.upptackt, incident: a.incident };
        let done = if a.inventerad {
            ws.unpublish_inventoried(&me, &a.target, &a.reason, &o).await
        } else {
            ws.unpublish(&me, &a.target, &a.reason, &o).await
        }
        .map_err(e)?;
        println!("{}", done.message);
        Ok(ExitCode::SUCCESS)
    })
}

/// One line of `incident list --json`.
#[derive(Serialize)]
struct ListItem {
    id: i64,
    state: IncidentState,
    state_label: String,
    published_at: Option<String>,
    discovered_at: String,
    deadline: String,
    hours_left: Option<f64>,
    documents: Vec<String>,
    categories: Vec<String>,
    people: u32,
}

fn item(v: &IncidentView) -> ListItem {
    ListItem {
        id: v.incident.id,
        state: v.incident.state,
        state_label: v.incident.state.label_sv().into(),
        published_at: v.published_at.clone(),
        discovered_at: v.incident.discovered_at.clone(),
        deadline: v.clock.deadline.clone(),
        hours_left: v.clock.hours_left,
        documents: v.incident.withdrawals.iter().map(|w| w.document.clone().or_else(|| w.path.clone()).unwrap_or_default()).collect(),
        categories: v
            .categories
            .iter()
            .map(|c| serde_json::to_value(c.category).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default())
            .collect(),
        people: v.people,
    }
}

fn risk(s: &str) -> anyhow::Result<Risk> {
    Ok(match s.trim().to_lowercase().as_str() {
        "ingen" | "osannolik" | "unlikely" => Risk::Unlikely,
        "risk" => Risk::Risk,
        "hög" | "hog" | "high" => Risk::High,
        other => anyhow::bail!("Okänd risk ”{other}”: använd ingen, risk eller hög."),
    })
}

pub fn run(dd: &DataDir, cmd: IncidentCommand) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        match cmd {
            IncidentCommand::List { json } => {
                let all = ws.incidents().await.map_err(e)?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&all.iter().map(item).collect::<Vec<_>>())?);
                } else if all.is_empty() {
                    println!("Inga incidenter.");
                } else {
                    for v in &all {
                        let i = item(v);
                        println!(
                            "{:>4}  {:<22} {:<32} {}  {}",
                            i.id,
                            i.state_label,
                            v.clock.label,
                            i.documents.join(", "),
                            v.categories.iter().map(|c| format!("{} {}", c.label, c.count)).collect::<Vec<_>>().join(", ")
                        );
                    }
                }
            }
            IncidentCommand::Show { id } => {
                let v = diarievakt_core::masked(ws.incident(id).await.map_err(e)?);
                println!("Personuppgiftsincident {id} – {} · {}", v.incident.state.label_sv(), v.clock.label);
                println!(
                    "Upptäckt {} · anmälan till IMY senast {}",
                    display_time(&v.incident.discovered_at),
                    display_time(&v.clock.deadline)
                );
                for w in &v.incident.withdrawals {
                    let done = match (&w.path, &w.done_at) {
                        (Some(_), Some(d)) => format!(" · borttagen av systemägaren {}", display_time(d)),
                        (Some(_), None) => " · väntar på systemägaren".into(),
                        _ => String::new(),
                    };
                    println!(
                        "  [{}] {} ({}) avpublicerad {} av {}: {}{done}",
                        w.id,
                        w.document.as_deref().or(w.path.as_deref()).unwrap_or(""),
                        w.file_name,
                        display_time(&w.at),
                        w.by,
                        w.reason
                    );
                }
                println!();
                for f in &v.notification {
                    println!("{}: {}", f.label, f.text);
                }
                for n in &v.incident.notes {
                    println!("{} {} ({}): {}", display_time(&n.at), n.kind, n.by, n.text);
                }
            }
            IncidentCommand::Report { id, out } => {
                let f = ws.write_incident_report(id, &out).await.map_err(e)?;
                println!("Rapporten är skriven: {}", f.html);
                println!("  {}", f.json);
                if let Some(p) = &f.pdf {
                    println!("  {p}");
                }
                for p in [&f.withdrawal_csv, &f.withdrawal_html].into_iter().flatten() {
                    println!("  {p} (avpubliceringslista till systemägaren)");
                }
            }
            IncidentCommand::State { id, state, motivering, imy, user } => {
                let me = acting(&ws, user).await?;
                let to = IncidentState::parse(&state)
                    .ok_or_else(|| anyhow::anyhow!("Okänd status ”{state}”: använd anmäld, avslutad, ej-anmälningspliktig eller öppen."))?;
                let seen = ws.incident(id).await.map_err(e)?.incident.updated_at;
                let u = IncidentUpdate {
                    seen,
                    state: Some(to),
                    justification: motivering,
                    imy_reference: imy,
                    risk: None,
                    consequences: None,
                    measures: None,
                };
                let v = ws.update_incident(&me, id, &u).await.map_err(e)?;
                println!("Incident {id}: {}.", v.incident.state.label_sv());
            }
            IncidentCommand::Assess { id, risk: r, konsekvenser, atgarder, user } => {
                let me = acting(&ws, user).await?;
                let seen = ws.incident(id).await.map_err(e)?.incident.updated_at;
                let u = IncidentUpdate {
                    seen,
                    state: None,
                    justification: None,
                    imy_reference: None,
                    risk: r.as_deref().map(risk).transpose()?,
                    consequences: konsekvenser,
                    measures: atgarder,
                };
                let v = ws.update_incident(&me, id, &u).await.map_err(e)?;
                println!("Incident {id}: {}.", v.incident.risk.label_sv());
            }
            IncidentCommand::Note { id, text, anteckning, user } => {
                let me = acting(&ws, user).await?;
                ws.add_incident_note(&me, id, !anteckning, &text).await.map_err(e)?;
                println!("{} sparad i incident {id}.", if anteckning { "Anteckningen" } else { "Kompletteringen" });
            }
            IncidentCommand::Withdrawn { withdrawal, user } => {
                let me = acting(&ws, user).await?;
                let w = ws.withdrawal_done(&me, withdrawal).await.map_err(e)?;
                println!("{} är markerad som borttagen ur webbdiariet.", w.path.unwrap_or_default());
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
