//! The `tesseract` command as a child of the worker: the image on stdin (PGM), TSV on stdout.

use crate::{Gray, Placement, Word};
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Why a page could not be read. Every message is Swedish and starts "OCR kunde inte köras";
/// the page then stays "kan inte granskas automatiskt" (fail closed).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OcrError {
    #[error("OCR kunde inte köras: Tesseract saknas ({0}). Installera paketen tesseract-ocr, tesseract-ocr-swe och tesseract-ocr-eng (scripts/setup.sh).")]
    Missing(String),
    #[error("OCR kunde inte köras: språkmodellen {0} saknas. Installera paketet tesseract-ocr-{0}.")]
    Language(String),
    #[error("OCR kunde inte köras: Tesseract avbröts efter {0} s på sidan.")]
    Timeout(u64),
    #[error("OCR kunde inte köras: {0}")]
    Failed(String),
}

/// The program to run: `DIARIEVAKT_TESSERACT` if set (tests point it at a missing program), else
/// `tesseract` on the PATH.
pub const ENV_PROGRAM: &str = "DIARIEVAKT_TESSERACT";

fn program() -> String {
    std::env::var(ENV_PROGRAM).ok().filter(|p| !p.is_empty()).unwrap_or_else(|| "tesseract".into())
}

/// The models to use. Swedish and English together: the Swedish model has no `@ § %`, the
/// English one no å/ä/ö, and `-l swe` alone misread a personnummer digit at 300 dpi.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages(pub Vec<String>);

impl Default for Languages {
    fn default() -> Self {
        Languages(vec!["swe".into(), "eng".into()])
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecogniseOptions {
    pub languages: Languages,
    /// The resolution the image was rendered at (Tesseract uses it to size its expectations).
    pub dpi: u32,
    /// The longest one image may take; the worker's own silence limit is 60 s.
    pub timeout: Duration,
}

impl Default for RecogniseOptions {
    fn default() -> Self {
        RecogniseOptions { languages: Languages::default(), dpi: 300, timeout: Duration::from_secs(45) }
    }
}

/// Is Tesseract there with the models we need? `Err` says what is missing, in Swedish.
pub fn available(languages: &Languages) -> Result<(), OcrError> {
    let out = Command::new(program())
        .arg("--list-langs")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| OcrError::Missing(format!("{}: {e}", program())))?;
    let listed = String::from_utf8_lossy(&out.stdout);
    for l in &languages.0 {
        if !listed.lines().any(|x| x.trim() == l) {
            return Err(OcrError::Language(l.clone()));
        }
    }
    Ok(())
}

/// Reads `image` with the default options (swe+eng, 300 dpi); see [`recognise_with`].
pub fn recognise(image: &Gray, at: Placement) -> Result<Vec<Word>, OcrError> {
    recognise_with(image, at, &RecogniseOptions::default())
}

/// Reads `image` (placed on its page by `at`) and returns its words, boxes in PDF points.
/// One thread (`OMP_THREAD_LIMIT=1`: the pool already runs one worker per core), LSTM engine
/// (`--oem 1`, the only one Debian's fast models have), automatic page segmentation.
pub fn recognise_with(image: &Gray, at: Placement, opts: &RecogniseOptions) -> Result<Vec<Word>, OcrError> {
    if image.width < 8 || image.height < 8 {
        return Ok(Vec::new());
    }
    let mut cmd = Command::new(program());
    cmd.args(["stdin", "stdout", "-l", &opts.languages.0.join("+"), "--oem", "1", "--psm", "3", "--dpi", &opts.dpi.to_string(), "tsv"])
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // The recogniser dies with the worker: a worker the pool kills for hanging leaves no orphan.
    #[cfg(target_os = "linux")]
    unsafe {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe and only changes the child's own death signal.
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().map_err(|e| OcrError::Missing(format!("{}: {e}", program())))?;
    let pgm = image.to_pgm();
    let mut stdin = child.stdin.take().expect("piped stdin");
    let writer = std::thread::spawn(move || stdin.write_all(&pgm));
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        stdout.read_to_end(&mut s).map(|_| s)
    });
    let mut stderr = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > opts.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(OcrError::Timeout(opts.timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(15)),
            Err(e) => return Err(OcrError::Failed(e.to_string())),
        }
    };
    let _ = writer.join();
    let out =
        reader.join().map_err(|_| OcrError::Failed("svaret kunde inte läsas".into()))?.map_err(|e| OcrError::Failed(e.to_string()))?;
    let err = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    if !status.success() {
        if let Some(l) = opts.languages.0.iter().find(|l| err.contains(&format!("{l}.traineddata"))) {
            return Err(OcrError::Language(l.clone()));
        }
        let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("okänt fel").trim().to_string();
        return Err(OcrError::Failed(format!("Tesseract avslutades med {status} ({first})")));
    }
    Ok(parse_tsv(&String::from_utf8_lossy(&out), at))
}

/// The word rows (level 5) of Tesseract's TSV, with empty and confidence-less rows left out.
pub(crate) fn parse_tsv(tsv: &str, at: Placement) -> Vec<Word> {
    let mut out = Vec::new();
    let mut lines: Vec<(u32, u32, u32)> = Vec::new();
    let mut paragraphs: Vec<(u32, u32)> = Vec::new();
    for row in tsv.lines().skip(1) {
        let c: Vec<&str> = row.splitn(12, '\t').collect();
        if c.len() < 12 || c[0] != "5" {
            continue;
        }
        let n = |i: usize| c[i].trim().parse::<i64>().unwrap_or(-1);
        let conf: f32 = c[10].trim().parse().unwrap_or(-1.0);
        let text = c[11].trim();
        if text.is_empty() || conf < 0.0 {
            continue;
        }
        let (left, top, width, height) = (n(6).max(0) as u32, n(7).max(0) as u32, n(8).max(0) as u32, n(9).max(0) as u32);
        let key = (n(2) as u32, n(3) as u32, n(4) as u32);
        if lines.last() != Some(&key) {
            lines.push(key);
        }
        if paragraphs.last() != Some(&(key.0, key.1)) {
            paragraphs.push((key.0, key.1));
        }
        out.push(Word {
            text: text.to_string(),
            bbox: at.to_points(left, top, width, height),
            confidence: (conf / 100.0).clamp(0.0, 1.0),
            line: lines.len() as u32 - 1,
            paragraph: paragraphs.len() as u32 - 1,
            pixels: [left, top, left + width, top + height],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
5\t1\t1\t1\t1\t1\t244\t252\t128\t44\t96.456841\tSara
5\t1\t1\t1\t1\t2\t402\t252\t304\t56\t95.515427\tBengtsson
5\t1\t1\t2\t1\t1\t246\t390\t294\t58\t96.018517\tKyrkgatan
5\t1\t1\t2\t1\t2\t566\t392\t68\t44\t-1\t
5\t1\t1\t2\t2\t1\t566\t452\t68\t44\t40.5\t30
";

    #[test]
    fn tsv_words_lines_and_paragraphs() {
        let w = parse_tsv(TSV, Placement::page(595.0, 842.0, 2480, 3508));
        let texts: Vec<&str> = w.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["Sara", "Bengtsson", "Kyrkgatan", "30"]);
        assert_eq!(w.iter().map(|w| w.line).collect::<Vec<_>>(), [0, 0, 1, 2]);
        assert_eq!(w.iter().map(|w| w.paragraph).collect::<Vec<_>>(), [0, 0, 1, 1]);
        assert!((w[0].confidence - 0.9646).abs() < 0.001 && (w[3].confidence - 0.405).abs() < 0.001);
        assert_eq!(w[1].pixels, [402, 252, 706, 308]);
        assert!(w[0].bbox[1] > w[2].bbox[3], "the first line is above the second in points");
    }
}
