//! PDF work in isolated worker processes.
//!
//! PDFium parses files that come from citizens. A file that crashes it, makes it loop or makes it
//! allocate without bound must not take the registrar's window – and what they were typing – with
//! it. So no PDF is ever opened in the app's or the command's own process: every open, text
//! extraction, scan and render is a *job* sent to a worker process over a small framed protocol on
//! its stdin/stdout ([`protocol`]).
//!
//! - [`serve`] is the worker: one job at a time, PDFium and the detector loaded once and kept warm.
//!   It runs under an address-space limit and never writes a core dump.
//! - [`Pool`] keeps up to one worker per core, started on demand and reused. Each job has a time
//!   limit; a worker that crashes, hangs or exceeds its memory limit is killed and replaced on the
//!   next job, and the job fails with a Swedish [`WorkerError`] ("Filen kunde inte läsas: …"). The
//!   callers treat that file as not reviewed (fail closed); nothing else is affected.
//!
//! Any program can be a worker: the app and the `diarievakt` command both call [`main_hook`] first
//! thing in `main`, which turns them into a worker when started with [`WORKER_ARG`].

mod pool;
pub mod protocol;
mod serve;

pub use pool::{Limits, Pool, PoolStats, Redacted, WorkerError, WorkerSpec, DEPTH};
pub use serve::{main_hook, serve, WORKER_ARG};
