//! PDF handling through PDFium (bound at run time from the library the project's setup copied
//! out of the `pypdfium2` wheel).

mod library;

pub use library::{pdfium, PdfError};
