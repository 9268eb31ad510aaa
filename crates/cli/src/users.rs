//! `diarievakt user …`: people and their roles. On a desk the acting administrator signs in with
//! `--user` and `DIARIEVAKT_PASSWORD`; in team mode the database login of the URL acts, and the
//! server decides what it may grant.

use crate::diary::{acting, open, runtime, DataDir};
use diarievakt_model::Role;
use std::io::BufRead;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum RoleArg {
    Registrator,
    Handlaggare,
    Teamledare,
    Dataskyddsombud,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Registrator => Role::Registrator,
            RoleArg::Handlaggare => Role::Handlaggare,
            RoleArg::Teamledare => Role::Teamledare,
            RoleArg::Dataskyddsombud => Role::Dataskyddsombud,
            RoleArg::Admin => Role::Admin,
        }
    }
}

#[derive(clap::Subcommand)]
pub enum UserCommand {
    /// Lägg till en person med roller. På en dator utan konton skapas först administratören.
    Add {
        /// Användarnamnet (inloggningen).
        username: String,
        /// Namnet som visas.
        #[arg(long)]
        name: String,
        /// En roll (ange flera gånger för flera roller).
        #[arg(long = "role", required = true)]
        roles: Vec<RoleArg>,
        /// Läs den nya personens lösenord från första raden på standard in (krävs på en dator;
        /// i teamläge för en ny databasinloggning – utelämnas när inloggningen redan finns, t.ex. via LDAP).
        #[arg(long)]
        password_stdin: bool,
        /// Administratören som lägger till (standard: DIARIEVAKT_USER); lösenordet i DIARIEVAKT_PASSWORD.
        #[arg(long)]
        user: Option<String>,
    },
    /// Ge en roll.
    Grant {
        username: String,
        role: RoleArg,
        #[arg(long)]
        user: Option<String>,
    },
    /// Återkalla en roll.
    Revoke {
        username: String,
        role: RoleArg,
        #[arg(long)]
        user: Option<String>,
    },
    /// Byt lösenord (det nya lösenordet på standard in).
    Password {
        username: String,
        #[arg(long)]
        user: Option<String>,
    },
    /// Visa personerna och deras roller.
    List {
        #[arg(long)]
        user: Option<String>,
    },
}

fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pw = line.trim_end_matches(['\r', '\n']).to_string();
    if pw.is_empty() {
        anyhow::bail!("Inget lösenord på standard in.");
    }
    Ok(pw)
}

fn roles_sv(roles: &[Role]) -> String {
    roles.iter().map(|r| r.label_sv()).collect::<Vec<_>>().join(", ")
}

pub fn run(dd: &DataDir, cmd: UserCommand) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        let e = |e: diarievakt_core::AppError| anyhow::anyhow!(e.message);
        match cmd {
            UserCommand::Add { username, name, roles, password_stdin, user } => {
                let roles: Vec<Role> = roles.into_iter().map(Role::from).collect();
                let password = if password_stdin { Some(read_password()?) } else { None };
                let first = ws.session().is_none() && !ws.store().has_admin().await?;
                let added = if first {
                    // A desk's first account: its administrator, like the window's first start.
                    if !roles.contains(&Role::Admin) {
                        anyhow::bail!("Det finns inga konton ännu: det första kontot måste vara administratör (--role admin).");
                    }
                    let pw = password.ok_or_else(|| anyhow::anyhow!("Ange lösenordet med --password-stdin."))?;
                    let admin = ws.create_first_admin(&username, &name, &pw).await.map_err(e)?;
                    let mut last = admin.clone();
                    for r in roles.iter().filter(|r| **r != Role::Admin) {
                        last = ws.set_role(&admin, &username, *r, true).await.map_err(e)?;
                    }
                    last
                } else {
                    let admin = acting(&ws, user).await?;
                    ws.add_user(&admin, &username, &name, &roles, password.as_deref()).await.map_err(e)?
                };
                println!("{} ({}) har rollerna: {}.", added.display_name, added.username, roles_sv(&added.roles));
            }
            UserCommand::Grant { username, role, user } => {
                let admin = acting(&ws, user).await?;
                let u = ws.set_role(&admin, &username, role.into(), true).await.map_err(e)?;
                println!("{} har nu rollerna: {}.", u.username, roles_sv(&u.roles));
            }
            UserCommand::Revoke { username, role, user } => {
                let admin = acting(&ws, user).await?;
                let u = ws.set_role(&admin, &username, role.into(), false).await.map_err(e)?;
                println!("{} har nu rollerna: {}.", u.username, roles_sv(&u.roles));
            }
            UserCommand::Password { username, user } => {
                let actor = acting(&ws, user).await?;
                let pw = read_password()?;
                ws.set_password(&actor, &username, &pw).await.map_err(e)?;
                println!("Lösenordet för {username} är bytt.");
            }
            UserCommand::List { user } => {
                let actor = acting(&ws, user).await?;
                for a in ws.accounts(&actor).await.map_err(e)? {
                    println!("{}\t{}\t{}", a.username, a.display_name, roles_sv(&a.roles));
                }
            }
        }
        ws.store().close().await;
        Ok(ExitCode::SUCCESS)
    })
}

#[derive(clap::Subcommand)]
pub enum RulesCommand {
    /// Sätt teamets regler från en regelfil (administratör; gamla bekräftelser blir ogiltiga).
    Set {
        file: std::path::PathBuf,
        #[arg(long)]
        user: Option<String>,
    },
    /// Skriv reglerna som gäller.
    Show,
}

pub fn rules(dd: &DataDir, cmd: RulesCommand) -> anyhow::Result<ExitCode> {
    runtime().block_on(async {
        let ws = open(&dd.path()).await?;
        match cmd {
            RulesCommand::Set { file, user } => {
                let text =
                    std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("Regelfilen {} kunde inte läsas: {e}", file.display()))?;
                let admin = acting(&ws, user).await?;
                ws.set_rules(&admin, &text).await.map_err(|e| anyhow::anyhow!(e.message))?;
                println!("Reglerna är satta; de gäller när diariet öppnas nästa gång.");
            }
            RulesCommand::Show => println!("{}", serde_json::to_string_pretty(ws.rules())?),
        }
        ws.store().close().await;
        Ok(ExitCode::SUCCESS)
    })
}
