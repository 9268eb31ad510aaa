//! The protocol between a pool and its worker: frames on the worker's stdin and stdout.
//!
//! A frame is `u32 header length`, `u32 payload length` (both little-endian), the header as JSON,
//! then the payload as raw bytes (the PDF going in, a PNG coming out) so that files are never
//! encoded as JSON. A job is one [`Request`] frame answered by any number of
//! [`Reply::Progress`] (and [`Reply::OcrRead`]) frames and then exactly one final reply.

use diarievakt_pdf::{Highlight, OcrPage, PageSize, ScanOptions, ScanReport};
use diarievakt_redact::{Encoding, MaskOptions, MaskPlan, Verification};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::io::{self, Read, Write};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The largest header we accept (a scan report with many findings stays far below it).
pub const MAX_HEADER: usize = 64 << 20;
/// The largest payload we accept: the largest file a worker is given, with room to spare.
pub const MAX_PAYLOAD: usize = 1 << 30;

/// A job for a worker. The PDF is the frame's payload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    /// Is the worker alive? (Used to start workers ahead of the first job.)
    Ping,
    /// Text with boxes and findings for every page, OCR where the text layer does not hold what
    /// the page shows; progress after every page and before OCR on a page.
    Scan {
        name: String,
        sha256: String,
        #[serde(default)]
        options: ScanOptions,
        /// Earlier OCR readings of this file: those pages are not read again.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        ocr_cache: Vec<OcrPage>,
        /// Nobody shows this scan's progress (the inventory): a Progress frame only before OCR on a
        /// page and at most once a second, which keeps the pool's silence limit satisfied.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        quiet: bool,
    },
    /// Every page's size in points; refuses what PDFium cannot open.
    PageSizes,
    /// One page as PNG (the reply's payload), `width_px` wide, with `highlights` burnt in.
    Render { page: u32, width_px: u32, highlights: Vec<Highlight> },
    /// A masked copy of the PDF (issue 14), made and verified; the copy is the reply's payload.
    Redact {
        plan: MaskPlan,
        #[serde(default)]
        options: MaskOptions,
        #[serde(default)]
        scan: ScanOptions,
        /// Test aid: after masking, write this text back onto the copy's first page as an
        /// incremental update (a masker that fails), so that verification has something to
        /// refuse. Only honoured with `DIARIEVAKT_WORKER_TEST_FAULTS=1`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tamper: Option<String>,
    },
    /// Test aid: the worker crashes (`abort`), hangs or allocates without bound, as a hostile PDF
    /// could make PDFium do. Only honoured when the worker was started with
    /// `DIARIEVAKT_WORKER_TEST_FAULTS=1`, so no file can trigger it.
    Fault { kind: Fault },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    Abort,
    Hang,
    Allocate,
}

/// What a worker answers. Adjacently tagged (`{"kind": …, "body": {…}}`), not internally: with the
/// tag written first, serde reads the body straight into its type, where an internally tagged
/// enum first copies the whole body into a buffer of its own – for a scan report with its
/// findings, the largest part of the parent's work per file in an inventory (issue 13).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "body", rename_all = "snake_case")]
pub enum Reply {
    Pong {
        pid: u32,
    },
    Progress {
        page: u32,
        pages: u32,
        /// OCR is starting on `page` (else: `page` is done).
        #[serde(default)]
        ocr: bool,
    },
    /// A page was just read by OCR (sent before the page's `Progress`): the pool hands it to the
    /// caller at once, to be kept even if the job then fails.
    OcrRead {
        page: OcrPage,
    },
    Scanned {
        report: ScanReport,
    },
    Sizes {
        sizes: Vec<PageSize>,
    },
    /// The PNG is the payload.
    Rendered {
        width_px: u32,
        height_px: u32,
    },
    /// The verified copy is the payload.
    Redacted {
        pages: u32,
        verification: Verification,
        encodings: Vec<Encoding>,
    },
    /// The copy failed verification (or could not be made): every reason, in Swedish.
    Refused {
        reasons: Vec<String>,
    },
    /// The file could not be read: a Swedish sentence (PDFium's error, in our words).
    Failed {
        error: String,
    },
}

fn bad(what: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.into())
}

fn encode<T: Serialize>(msg: &T, payload: &[u8]) -> io::Result<Vec<u8>> {
    let header = serde_json::to_vec(msg).map_err(|e| bad(e.to_string()))?;
    if header.len() > MAX_HEADER || payload.len() > MAX_PAYLOAD {
        return Err(bad("frame too large"));
    }
    let mut out = Vec::with_capacity(8 + header.len());
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    Ok(out)
}

fn lengths(head: [u8; 8]) -> io::Result<(usize, usize)> {
    let h = u32::from_le_bytes(head[..4].try_into().expect("4 bytes")) as usize;
    let p = u32::from_le_bytes(head[4..].try_into().expect("4 bytes")) as usize;
    if h > MAX_HEADER || p > MAX_PAYLOAD {
        return Err(bad("frame too large"));
    }
    Ok((h, p))
}

fn decode<T: DeserializeOwned>(header: &[u8]) -> io::Result<T> {
    serde_json::from_slice(header).map_err(|e| bad(e.to_string()))
}

/// Writes one frame (blocking; the worker's side).
pub fn write_frame<T: Serialize>(w: &mut impl Write, msg: &T, payload: &[u8]) -> io::Result<()> {
    w.write_all(&encode(msg, payload)?)?;
    w.write_all(payload)?;
    w.flush()
}

/// Reads one frame (blocking); `None` at a clean end of input.
pub fn read_frame<T: DeserializeOwned>(r: &mut impl Read) -> io::Result<Option<(T, Vec<u8>)>> {
    let mut head = [0u8; 8];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let (h, p) = lengths(head)?;
    let mut header = vec![0; h];
    r.read_exact(&mut header)?;
    let mut payload = vec![0; p];
    r.read_exact(&mut payload)?;
    Ok(Some((decode(&header)?, payload)))
}

/// Writes one frame (the pool's side).
pub async fn write_frame_async<T: Serialize>(w: &mut (impl AsyncWrite + Unpin), msg: &T, payload: &[u8]) -> io::Result<()> {
    w.write_all(&encode(msg, payload)?).await?;
    w.write_all(payload).await?;
    w.flush().await
}

/// Reads one frame (the pool's side); an end of input is an error here: the worker died.
pub async fn read_frame_async<T: DeserializeOwned>(r: &mut (impl AsyncRead + Unpin)) -> io::Result<(T, Vec<u8>)> {
    let mut head = [0u8; 8];
    r.read_exact(&mut head).await?;
    let (h, p) = lengths(head)?;
    let mut header = vec![0; h];
    r.read_exact(&mut header).await?;
    let mut payload = vec![0; p];
    r.read_exact(&mut payload).await?;
    Ok((decode(&header)?, payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_with_payload() {
        let mut buf = Vec::new();
        let req = Request::Render { page: 2, width_px: 800, highlights: vec![] };
        write_frame(&mut buf, &req, b"%PDF-1.4 bytes").unwrap();
        write_frame(&mut buf, &Request::Ping, &[]).unwrap();
        let mut r = &buf[..];
        let (a, pa): (Request, _) = read_frame(&mut r).unwrap().unwrap();
        assert_eq!((a, pa.as_slice()), (req, &b"%PDF-1.4 bytes"[..]));
        let (b, pb): (Request, _) = read_frame(&mut r).unwrap().unwrap();
        assert_eq!((b, pb.len()), (Request::Ping, 0));
        assert!(read_frame::<Request>(&mut r).unwrap().is_none(), "clean end");
    }

    #[test]
    fn oversized_and_garbled_frames_are_refused() {
        let mut huge = Vec::new();
        huge.extend_from_slice(&u32::MAX.to_le_bytes());
        huge.extend_from_slice(&0u32.to_le_bytes());
        assert!(read_frame::<Request>(&mut &huge[..]).is_err());
        let mut garbled = Vec::new();
        garbled.extend_from_slice(&3u32.to_le_bytes());
        garbled.extend_from_slice(&0u32.to_le_bytes());
        garbled.extend_from_slice(b"{{{");
        assert!(read_frame::<Request>(&mut &garbled[..]).is_err());
        // Cut in the middle of the header: an error, not a clean end.
        let mut cut = Vec::new();
        write_frame(&mut cut, &Request::Ping, &[]).unwrap();
        cut.truncate(10);
        assert!(read_frame::<Request>(&mut &cut[..]).is_err());
    }
}
