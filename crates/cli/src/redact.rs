//! `diarievakt redact IN.pdf --decisions SCAN.json --out OUT.pdf`: a masked copy, headless
//! (`../shared/spec/scan-json.md`, "Decisions for `diarievakt redact`"). The decisions are the one
//! JSON object `scan --json IN.pdf` printed, with `"verdict"` added to findings; the boxes are
//! masked as given, and the copy is verified (two extractors, a fresh scan with OCR, the pixels
//! under each mask, the structure) before OUT.pdf is written.
//!
//! Exit status: 0 written and verified; 1 refused (an undecided high-severity finding, a hash that
//! does not match, verification failed – no OUT.pdf is left); 2 usage or I/O error.

use diarievakt_detect::{Category, Severity};
use diarievakt_redact::{MaskArea, MaskPlan};
use diarievakt_worker::Pool;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Originalfilen (PDF).
    input: PathBuf,
    /// Besluten: JSON-objektet som ”diarievakt scan --json” skrev för filen, med ”verdict” på
    /// fynden (must_not_publish maskeras; not_personal_data och may_publish lämnas).
    #[arg(long)]
    decisions: PathBuf,
    /// Den maskerade kopian (skrivs bara om den klarar kontrollen).
    #[arg(long)]
    out: PathBuf,
}

fn usage(msg: String) -> anyhow::Result<ExitCode> {
    eprintln!("Fel: {msg}");
    Ok(ExitCode::from(2))
}

/// No OUT.pdf is left after a refusal: not even one from an earlier run, which could be taken
/// for this one's result.
fn refuse(out: &Path, reasons: &[String]) -> anyhow::Result<ExitCode> {
    eprintln!("Den maskerade kopian godtas inte:");
    for r in reasons {
        eprintln!("  – {r}");
    }
    if out.exists() && std::fs::remove_file(out).is_ok() {
        eprintln!("{} från en tidigare körning togs bort.", out.display());
    }
    Ok(ExitCode::from(1))
}

/// The decisions as `scan --json` wrote them: the whole file, or its first line.
fn parse_decisions(text: &str) -> Result<serde_json::Value, String> {
    let whole = serde_json::from_str::<serde_json::Value>(text.trim());
    let v = match whole {
        Ok(v) => v,
        Err(_) => {
            let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            serde_json::from_str(line).map_err(|e| format!("besluten är inte JSON ({e})"))?
        }
    };
    if !v.is_object() {
        return Err("besluten ska vara ett JSON-objekt (en rad från scan --json)".into());
    }
    Ok(v)
}

/// The plan from the decisions, or why they cannot be used (`Err((refused, message))`).
fn plan_from(v: &serde_json::Value) -> Result<MaskPlan, (bool, String)> {
    let findings = v.get("findings").and_then(|f| f.as_array()).ok_or((false, "besluten saknar ”findings”".to_string()))?;
    let mut plan = MaskPlan::default();
    let mut undecided = 0;
    for (i, f) in findings.iter().enumerate() {
        let category: Option<Category> = f.get("category").and_then(|c| serde_json::from_value(c.clone()).ok());
        let high = match f.get("severity").and_then(|s| s.as_str()) {
            Some("high") => true,
            Some(_) => false,
            None => category.is_none_or(|c| c.severity() == Severity::High), // unknown: the strict reading
        };
        match f.get("verdict").and_then(|v| v.as_str()) {
            None if high => undecided += 1,
            None | Some("not_personal_data") | Some("may_publish") => {}
            Some("must_not_publish") => {
                let boxes: Vec<[f32; 4]> = match f.get("boxes").and_then(|b| serde_json::from_value::<Vec<[f32; 4]>>(b.clone()).ok()) {
                    Some(b) if !b.is_empty() => b,
                    _ => match f.get("bbox").and_then(|b| serde_json::from_value::<[f32; 4]>(b.clone()).ok()) {
                        Some(b) => vec![b],
                        None => return Err((false, format!("fynd {} saknar ”bbox”", i + 1))),
                    },
                };
                let page =
                    f.get("page").and_then(|p| p.as_u64()).filter(|p| *p > 0).ok_or((false, format!("fynd {} saknar ”page”", i + 1)))?;
                plan.areas.push(MaskArea {
                    page: page as u32,
                    boxes,
                    label: category.map(|c| c.mask_label()).unwrap_or("Maskerat").to_string(),
                    text: f.get("text").and_then(|t| t.as_str()).unwrap_or("").to_string(),
                });
            }
            Some(other) => {
                return Err((
                    false,
                    format!("fynd {} har ett okänt beslut ”{other}” (must_not_publish, not_personal_data eller may_publish)", i + 1),
                ))
            }
        }
    }
    if undecided > 0 {
        return Err((true, format!("{undecided} fynd med hög allvarlighetsgrad saknar beslut (”verdict”).")));
    }
    Ok(plan)
}

pub fn run(dd: &crate::diary::DataDir, args: Args) -> anyhow::Result<ExitCode> {
    let bytes = match std::fs::read(&args.input) {
        Ok(b) => b,
        Err(e) => return usage(format!("{} kunde inte läsas: {}", args.input.display(), diarievakt_pdf::io_error_sv(&e))),
    };
    let text = match std::fs::read_to_string(&args.decisions) {
        Ok(t) => t,
        Err(e) => return usage(format!("{} kunde inte läsas: {}", args.decisions.display(), diarievakt_pdf::io_error_sv(&e))),
    };
    let decisions = match parse_decisions(&text) {
        Ok(v) => v,
        Err(e) => return usage(e),
    };
    let sha = diarievakt_store::sha256_of(&bytes);
    if decisions.get("sha256").and_then(|s| s.as_str()) != Some(sha.as_str()) {
        return refuse(&args.out, &[format!("Besluten gäller en annan fil: deras sha256 är inte {}s ({sha}).", args.input.display())]);
    }
    let plan = match plan_from(&decisions) {
        Ok(p) => p,
        Err((true, e)) => return refuse(&args.out, &[e]),
        Err((false, e)) => return usage(e),
    };
    let rules = diarievakt_core::load_rules(&dd.path()).map_err(|e| anyhow::anyhow!(e.message))?;
    let options = diarievakt_core::scan_options(&rules);
    let pool = Pool::for_this_machine();
    let outcome = crate::diary::runtime().block_on(pool.redact(&bytes, &plan, &options, None, &mut |_| {}));
    let made = match outcome {
        Ok(Ok(m)) => m,
        Ok(Err(reasons)) => return refuse(&args.out, &reasons),
        Err(e) => return refuse(&args.out, &[e.to_string()]),
    };
    // Written beside the target and renamed: OUT.pdf is the verified copy or nothing.
    let dir = args.out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        std::io::Write::write_all(&mut tmp, &made.pdf)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&args.out).map_err(|e| e.error)?;
        Ok(())
    };
    if let Err(e) = write() {
        return usage(format!("{} kunde inte skrivas: {}", args.out.display(), diarievakt_pdf::io_error_sv(&e)));
    }
    println!(
        "Maskerad kopia: {} ({} sidor, {} maskerade områden, {} kB, sha256 {}).",
        args.out.display(),
        made.pages,
        plan.areas.len() + plan.whole_pages.len(),
        made.pdf.len().div_ceil(1024),
        diarievakt_store::sha256_of(&made.pdf)
    );
    for c in &made.verification.checks {
        println!("  ✓ {c}");
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_are_read_as_specified() {
        let v = parse_decisions(r#"{"sha256":"x","findings":[{"page":1,"category":"personal_id","severity":"high","text":"19811218-9876","bbox":[1,2,3,4],"verdict":"must_not_publish"},{"page":1,"category":"name","severity":"normal","text":"Anna","bbox":[1,2,3,4]}]}"#).unwrap();
        let plan = plan_from(&v).unwrap();
        assert_eq!(plan.areas.len(), 1);
        assert_eq!(plan.areas[0].label, "Personnummer");
        let undecided =
            parse_decisions(r#"{"findings":[{"page":1,"category":"health","severity":"high","text":"diabetes","bbox":[1,2,3,4]}]}"#)
                .unwrap();
        assert!(matches!(plan_from(&undecided), Err((true, _))));
        let odd = parse_decisions(r#"{"findings":[{"page":1,"category":"health","bbox":[1,2,3,4],"verdict":"kanske"}]}"#).unwrap();
        assert!(matches!(plan_from(&odd), Err((false, e)) if e.contains("kanske")));
        assert!(parse_decisions("[1,2]").is_err());
    }
}
