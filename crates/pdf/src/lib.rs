//! PDF handling through PDFium (bound at run time from the library the project's setup copied
//! out of the `pypdfium2` wheel): page count, page text with character boxes, and scanning.

pub mod extract;
mod library;
pub mod read;
pub mod render;
pub mod report;
pub mod scan;
pub mod structure;

pub use diarievakt_ocr::{How, PageRead, Quality};
pub use diarievakt_oserr::io_error_sv;
pub use extract::{extract_bytes, extract_bytes_with, page_count, PageText};
pub use library::{pdfium, PdfError};
pub use read::OcrPage;
pub use render::{page_sizes, render_page, Highlight, PageSize, RenderedPage};
pub use scan::{
    scan_bytes, scan_bytes_cached, scan_bytes_opts, scan_bytes_with, scan_file, ScanFinding, ScanOptions, ScanProgress, ScanReport, Source,
};
