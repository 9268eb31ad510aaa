//! The masked-copy benchmark (`scripts/bench-redact.sh`): for each file, every high-severity
//! finding and every name masked, the seconds per page to mask and to verify, and the copy's size
//! per page against the original's, with how each page was stored.
//!
//! Usage: `measure FILE.pdf...`

use diarievakt_pdf::{scan_bytes_opts, ScanOptions};
use diarievakt_redact::{mask, verify, MaskArea, MaskOptions, MaskPlan};
use std::time::Instant;

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("Användning: measure FIL.pdf...");
        std::process::exit(2);
    }
    println!(
        "{:<28} {:>5} {:>7} {:>10} {:>11} {:>12} {:>11}  sidor lagrade som",
        "fil", "sidor", "masker", "maskera s/s", "kontroll s/s", "original kB/s", "kopia kB/s"
    );
    for f in files {
        let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{f}: {e}"));
        let report = scan_bytes_opts(&f, String::new(), &bytes, &ScanOptions::default(), |_| {});
        let plan = MaskPlan {
            areas: report
                .findings
                .iter()
                .filter(|x| x.severity == diarievakt_detect::Severity::High || x.category == diarievakt_detect::Category::Name)
                .map(|x| MaskArea {
                    page: x.page,
                    boxes: x.boxes.clone().unwrap_or_else(|| vec![x.bbox]),
                    label: x.category.mask_label().into(),
                    text: x.text.clone(),
                })
                .collect(),
            whole_pages: vec![],
        };
        let t = Instant::now();
        let copy = mask(&bytes, &plan, &MaskOptions::default()).expect("masked");
        let masking = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let verified = verify(&copy.pdf, &plan, copy.pages, &ScanOptions::default());
        let checking = t.elapsed().as_secs_f64();
        let n = copy.pages.max(1) as f64;
        let name = std::path::Path::new(&f).file_name().unwrap().to_string_lossy().to_string();
        println!(
            "{:<28} {:>5} {:>7} {:>10.2} {:>11.2} {:>12.0} {:>11.0}  {:?}{}",
            name,
            copy.pages,
            plan.areas.len(),
            masking / n,
            checking / n,
            bytes.len() as f64 / 1024.0 / n,
            copy.pdf.len() as f64 / 1024.0 / n,
            copy.encodings,
            if verified.is_ok() { "" } else { "  (VÄGRAD)" }
        );
    }
}
