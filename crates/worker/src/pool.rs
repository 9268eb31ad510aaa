//! The pool: up to `size` warm workers, a time limit per job, replacement after a failure.

use crate::protocol::{read_frame_async, write_frame_async, Fault, Reply, Request};
use crate::serve::{is_self_worker, ENV_MEMORY_MB, ENV_TEST_FAULTS, WORKER_ARG};
use diarievakt_pdf::{Highlight, OcrPage, PageSize, RenderedPage, ScanOptions, ScanProgress, ScanReport};
use std::collections::VecDeque;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{BufReader, BufWriter};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::{mpsc, Notify};

/// How a job can fail. Every message is a sentence for the registrar; every failure means the file
/// counts as not reviewed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WorkerError {
    /// PDFium opened the file and said what is wrong with it (already a Swedish sentence).
    #[error("{0}")]
    File(String),
    #[error(
        "Filen kunde inte läsas: PDF-läsaren kraschade på filen ({0}). Filen räknas som ogranskad; resten av programmet påverkas inte."
    )]
    Crashed(String),
    #[error("Filen kunde inte läsas: granskningen tog mer än {0} s och avbröts. Filen räknas som ogranskad.")]
    Timeout(u64),
    #[error("Filen kunde inte läsas: den är på {0} MB, och största tillåtna storlek är {1} MB.")]
    TooLarge(u64, u64),
    #[error("PDF-läsaren kunde inte startas ({0}). Installera om programmet eller ange DIARIEVAKT_WORKER.")]
    Start(String),
}

/// The limits every job runs under.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// The worker's address-space limit (RLIMIT_AS).
    pub memory_mb: u64,
    /// The longest a worker may stay silent during a job (no progress, no answer).
    pub silence: Duration,
    /// The longest a whole job may take, progress or not.
    pub job: Duration,
    /// The largest file handed to a worker.
    pub max_file_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { memory_mb: 3072, silence: Duration::from_secs(60), job: Duration::from_secs(600), max_file_mb: 512 }
    }
}

/// The program the pool starts as a worker, and its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerSpec {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

impl WorkerSpec {
    /// `program` started with [`WORKER_ARG`].
    pub fn program(program: impl Into<PathBuf>) -> WorkerSpec {
        WorkerSpec { program: program.into(), args: vec![WORKER_ARG.into()] }
    }

    /// The worker to use from this process: `DIARIEVAKT_WORKER` if set; else this very program if
    /// its `main` called [`crate::main_hook`] (the app and the `diarievakt` command); else the
    /// `diarievakt` command beside this program or in one of the folders above it (Cargo runs
    /// tests from `target/debug/deps`, the command is in `target/debug`).
    pub fn locate() -> Option<WorkerSpec> {
        if let Some(p) = std::env::var_os("DIARIEVAKT_WORKER") {
            let p = PathBuf::from(p);
            return p.is_file().then(|| WorkerSpec::program(p)); // an explicit setting is never second-guessed
        }
        let exe = std::env::current_exe().ok()?;
        if is_self_worker() {
            return Some(WorkerSpec::program(exe));
        }
        let exe = exe.canonicalize().unwrap_or(exe);
        let name = format!("diarievakt{}", std::env::consts::EXE_SUFFIX);
        exe.ancestors().skip(1).take(4).map(|d| d.join(&name)).find(|p| p.is_file()).map(WorkerSpec::program)
    }
}

/// What the pool has done, for the benchmark and the tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PoolStats {
    pub started: u64,
    /// Workers killed after a crash, a time-out, an answer out of protocol or an abandoned job.
    pub replaced: u64,
    pub jobs: u64,
}

/// How many jobs one worker holds at once: one it is running and one waiting in its pipe, so that
/// it starts the next file the moment it has answered the last. With one, a worker waited after
/// every answer until the parent had read it, and had read, hashed and sent the next file: with
/// thousands of small files (an inventory) that was a third of the run.
pub const DEPTH: usize = 2;

/// What the task reading a worker's answers tells the job that is waiting for them.
enum Event {
    Progress(ScanProgress),
    Read(OcrPage),
    Done(Reply, Vec<u8>),
    Failed(WorkerError),
    /// The worker failed on a job sent before this one: this job was never run; send it again.
    Again,
}

/// One running worker process. Its answers are read by a task of their own ([`read_answers`]),
/// which hands each to the job at the head of `queue`: the worker answers in the order it is sent.
struct Live {
    stdin: tokio::sync::Mutex<BufWriter<ChildStdin>>,
    state: Mutex<LiveState>,
    /// A job was queued, or the pool is gone.
    wake: Notify,
}

#[derive(Default)]
struct LiveState {
    /// The jobs sent and not answered, oldest first.
    queue: VecDeque<mpsc::UnboundedSender<Event>>,
    /// Jobs handed this worker and not finished (sent, or about to be).
    load: usize,
    /// Killed, ended, or the pool dropped: no job is queued on it any more.
    dead: bool,
}

impl Live {
    fn state(&self) -> std::sync::MutexGuard<'_, LiveState> {
        self.state.lock().expect("worker lock")
    }
}

/// Counters shared with the answer-reading tasks.
#[derive(Default)]
struct Counters {
    started: AtomicU64,
    replaced: AtomicU64,
    jobs: AtomicU64,
}

/// Up to `size` worker processes, each running one job at a time with at most [`DEPTH`] sent to it.
/// Cheap to share (`Arc`).
pub struct Pool {
    spec: Option<WorkerSpec>,
    limits: Limits,
    size: usize,
    workers: Mutex<Vec<Arc<Live>>>,
    /// A job finished, so a worker may have room.
    freed: Notify,
    counters: Arc<Counters>,
    test_faults: bool,
}

/// A job's claim on a worker: released, and a waiting job woken, when dropped.
struct Claim<'a> {
    live: Arc<Live>,
    pool: &'a Pool,
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        self.live.state().load -= 1;
        self.pool.freed.notify_waiters();
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // The reading tasks end, and with them the processes (kill on drop).
        for w in self.workers.lock().expect("pool lock").drain(..) {
            w.state().dead = true;
            w.wake.notify_one();
        }
    }
}

impl Pool {
    /// A pool of at most `size` workers of `spec` (`None`: every job fails with [`WorkerError::Start`]).
    pub fn new(spec: Option<WorkerSpec>, size: usize, limits: Limits) -> Pool {
        Pool {
            spec,
            limits,
            size: size.max(1),
            workers: Mutex::new(Vec::new()),
            freed: Notify::new(),
            counters: Arc::default(),
            test_faults: false,
        }
    }

    /// One worker per core of [`WorkerSpec::locate`], default limits.
    pub fn for_this_machine() -> Pool {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        Pool::new(WorkerSpec::locate(), cores, Limits::default())
    }

    /// Tests only: workers honour [`Request::Fault`].
    pub fn with_test_faults(mut self) -> Pool {
        self.test_faults = true;
        self
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// How many jobs the pool runs or holds ready at once: enough to keep every worker busy.
    pub fn capacity(&self) -> usize {
        self.size * DEPTH
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub fn stats(&self) -> PoolStats {
        let c = &self.counters;
        PoolStats {
            started: c.started.load(Ordering::Relaxed),
            replaced: c.replaced.load(Ordering::Relaxed),
            jobs: c.jobs.load(Ordering::Relaxed),
        }
    }

    /// Starts a worker and the task that reads its answers (needs a Tokio runtime).
    fn spawn(&self) -> Result<Arc<Live>, WorkerError> {
        let spec = self.spec.as_ref().ok_or_else(|| WorkerError::Start("programmet diarievakt hittades inte".into()))?;
        let mut cmd = Command::new(&spec.program);
        cmd.args(&spec.args)
            .env(ENV_MEMORY_MB, self.limits.memory_mb.to_string())
            .env("OMP_THREAD_LIMIT", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true);
        if self.test_faults {
            cmd.env(ENV_TEST_FAULTS, "1");
        } else {
            cmd.env_remove(ENV_TEST_FAULTS);
        }
        // A group of its own: Ctrl-C at a terminal reaches the command, which lets running jobs
        // finish so that their work is kept, instead of killing the workers under it.
        #[cfg(unix)]
        cmd.process_group(0);
        let mut child =
            cmd.spawn().map_err(|e| WorkerError::Start(format!("{}: {}", spec.program.display(), diarievakt_pdf::io_error_sv(&e))))?;
        let stdin = BufWriter::new(child.stdin.take().expect("piped stdin"));
        let stdout = BufReader::with_capacity(1 << 16, child.stdout.take().expect("piped stdout"));
        self.counters.started.fetch_add(1, Ordering::Relaxed);
        let live = Arc::new(Live { stdin: tokio::sync::Mutex::new(stdin), state: Mutex::default(), wake: Notify::new() });
        // Made here, not in the task: a task dropped before it first runs still drops it.
        let ending = Ending(live.clone());
        tokio::spawn(read_answers(live.clone(), child, stdout, self.limits, self.counters.clone(), ending));
        Ok(live)
    }

    /// Starts the workers ahead of the first job (a warm pool answers the first file at once):
    /// every worker not running yet is started and must answer a ping.
    pub async fn warm(&self) -> Result<(), WorkerError> {
        let new = {
            let mut ws = self.workers.lock().expect("pool lock");
            ws.retain(|w| !w.state().dead);
            let mut new = Vec::new();
            while ws.len() < self.size {
                let w = self.spawn()?;
                w.state().load += 1;
                ws.push(w.clone());
                new.push(Claim { live: w, pool: self });
            }
            new
        };
        for claim in new {
            match self.send(&claim.live, &Request::Ping, &[], &mut |_| {}, &mut |_| {}).await {
                Some(Ok((Reply::Pong { .. }, _))) => {}
                Some(Err(e)) => return Err(e),
                _ => return Err(WorkerError::Crashed("svarade inte".into())),
            }
        }
        Ok(())
    }

    /// A worker with room for a job: an idle one, else a new one while there are fewer than
    /// `size`, else the least busy with fewer than `depth` jobs; else it waits for one.
    async fn claim(&self, depth: usize) -> Result<Claim<'_>, WorkerError> {
        loop {
            let freed = self.freed.notified();
            tokio::pin!(freed);
            freed.as_mut().enable();
            {
                let mut ws = self.workers.lock().expect("pool lock");
                ws.retain(|w| !w.state().dead);
                let least = ws.iter().map(|w| (w.state().load, w)).min_by_key(|(load, _)| *load);
                let pick = match least {
                    Some((0, w)) => Some(w.clone()),
                    _ if ws.len() < self.size => {
                        let w = self.spawn()?;
                        ws.push(w.clone());
                        Some(w)
                    }
                    Some((load, w)) if load < depth => Some(w.clone()),
                    _ => None,
                };
                if let Some(live) = pick {
                    live.state().load += 1;
                    return Ok(Claim { live, pool: self });
                }
            }
            freed.await;
        }
    }

    /// Runs one job: on a worker with room (see [`Pool::claim`]), sends the request and `payload`,
    /// passes progress to `progress`, and returns the final reply with its payload. A worker that
    /// fails in any way is killed and not reused; the job it failed on gets the error, and the
    /// jobs sent to it after that one are sent again to another worker.
    pub async fn call(
        &self,
        req: &Request,
        payload: &[u8],
        progress: &mut (dyn FnMut(ScanProgress) + Send),
    ) -> Result<(Reply, Vec<u8>), WorkerError> {
        self.call_reading(req, payload, progress, &mut |_| {}, 1).await
    }

    /// [`Pool::call`], handing each [`Reply::OcrRead`] to `on_read` as it arrives. `depth`: how
    /// many jobs the worker it is sent to may hold with it – [`DEPTH`] for the inventory's quiet
    /// scans, 1 for a job someone waits to see (a page of the viewer, a file being attached), which
    /// is never queued behind another file.
    async fn call_reading(
        &self,
        req: &Request,
        payload: &[u8],
        progress: &mut (dyn FnMut(ScanProgress) + Send),
        on_read: &mut (dyn FnMut(OcrPage) + Send),
        depth: usize,
    ) -> Result<(Reply, Vec<u8>), WorkerError> {
        self.counters.jobs.fetch_add(1, Ordering::Relaxed);
        // A job is sent again only when a worker failed on an earlier one, and then to a worker
        // with nothing before it: another file's crash cannot use up its tries. A few times is
        // plenty, and it cannot go on for ever.
        let mut depth = depth;
        for _ in 0..4 {
            let claim = self.claim(depth).await?;
            depth = 1;
            if let Some(answer) = self.send(&claim.live, req, payload, progress, on_read).await {
                return answer;
            }
        }
        Err(WorkerError::Crashed("flera PDF-läsare i rad slutade fungera".into()))
    }

    /// Queues the job on `live` and waits for its answer. `None`: it was never run (the worker
    /// failed before it, or was dead already) – send it again.
    async fn send(
        &self,
        live: &Live,
        req: &Request,
        payload: &[u8],
        progress: &mut (dyn FnMut(ScanProgress) + Send),
        on_read: &mut (dyn FnMut(OcrPage) + Send),
    ) -> Option<Result<(Reply, Vec<u8>), WorkerError>> {
        let (tx, mut rx) = mpsc::unbounded_channel();
        {
            // Queued and written under one lock, so the queue's order is the pipe's. The write may
            // wait while the worker finishes the job before this one; if the worker dies meanwhile
            // the write fails, and the reading task tells this job what became of it.
            let mut stdin = live.stdin.lock().await;
            {
                let mut st = live.state();
                if st.dead {
                    return None;
                }
                st.queue.push_back(tx);
            }
            live.wake.notify_one();
            // Dropped half-way (the caller gave up), the write leaves a torn frame in the pipe:
            // nothing more may be sent to this worker, whatever it answers before that.
            struct Torn<'a>(&'a Live, bool);
            impl Drop for Torn<'_> {
                fn drop(&mut self) {
                    if !self.1 {
                        self.0.state().dead = true;
                        self.0.wake.notify_one();
                    }
                }
            }
            let mut torn = Torn(live, false);
            let _ = write_frame_async(&mut *stdin, req, payload).await;
            torn.1 = true;
        }
        // If this future is dropped mid-job, `rx` goes with it: the reading task sees that, kills
        // the worker and sends the jobs behind this one again.
        loop {
            match rx.recv().await? {
                Event::Progress(p) => progress(p),
                Event::Read(p) => on_read(p),
                Event::Done(reply, payload) => return Some(Ok((reply, payload))),
                Event::Failed(e) => return Some(Err(e)),
                Event::Again => return None,
            }
        }
    }
}

impl Pool {
    fn check_size(&self, bytes: &[u8]) -> Result<(), WorkerError> {
        let mb = (bytes.len() as u64).div_ceil(1 << 20);
        if mb > self.limits.max_file_mb {
            return Err(WorkerError::TooLarge(mb, self.limits.max_file_mb));
        }
        Ok(())
    }

    /// Scans a PDF in a worker with the default [`ScanOptions`] (OCR on), telling
    /// `progress(pages_done, pages)`; see [`Pool::scan_with`].
    pub async fn scan(
        &self,
        name: &str,
        sha256: &str,
        bytes: &[u8],
        progress: &mut (dyn FnMut(u32, u32) + Send),
    ) -> Result<ScanReport, WorkerError> {
        self.scan_with(name, sha256, bytes, &ScanOptions::default(), &mut |p| {
            if !p.ocr {
                progress(p.page, p.pages)
            }
        })
        .await
    }

    /// Scans a PDF in a worker. What went wrong with the file – PDFium's error, a crash, a
    /// time-out, its size – is the report's `error`, so the file counts as not reviewed; only a
    /// worker that cannot be started at all is an `Err` (nothing was learnt about the file).
    pub async fn scan_with(
        &self,
        name: &str,
        sha256: &str,
        bytes: &[u8],
        options: &ScanOptions,
        progress: &mut (dyn FnMut(ScanProgress) + Send),
    ) -> Result<ScanReport, WorkerError> {
        self.scan_cached(name, sha256, bytes, options, Vec::new(), Some(progress), &mut |_| {}).await
    }

    /// [`Pool::scan_with`], giving the worker the file's earlier OCR readings (`cache`: those pages
    /// are not read again) and handing each page newly read by OCR to `on_read` as soon as the
    /// worker has read it – also when the job then fails, or this future is dropped (cancelled).
    /// Without `progress` the scan is quiet: the worker tells its progress only when it starts OCR
    /// on a page and otherwise at most once a second (enough for the silence limit).
    #[allow(clippy::too_many_arguments)]
    pub async fn scan_cached(
        &self,
        name: &str,
        sha256: &str,
        bytes: &[u8],
        options: &ScanOptions,
        cache: Vec<OcrPage>,
        progress: Option<&mut (dyn FnMut(ScanProgress) + Send)>,
        on_read: &mut (dyn FnMut(OcrPage) + Send),
    ) -> Result<ScanReport, WorkerError> {
        let failed = |e: WorkerError| ScanReport {
            file: name.to_string(),
            sha256: sha256.to_string(),
            error: Some(e.to_string()),
            ..Default::default()
        };
        if let Err(e) = self.check_size(bytes) {
            return Ok(failed(e));
        }
        let quiet = progress.is_none();
        let req = Request::Scan { name: name.to_string(), sha256: sha256.to_string(), options: options.clone(), ocr_cache: cache, quiet };
        let mut ignore = |_: ScanProgress| {};
        let progress = progress.unwrap_or(&mut ignore);
        let depth = if quiet { DEPTH } else { 1 };
        Ok(match self.call_reading(&req, bytes, progress, on_read, depth).await {
            Ok((Reply::Scanned { report }, _)) => report,
            Ok((Reply::Failed { error }, _)) => failed(WorkerError::File(error)),
            Ok(_) => failed(WorkerError::Crashed("oväntat svar".into())),
            Err(e @ WorkerError::Start(_)) => return Err(e),
            Err(e) => failed(e),
        })
    }

    /// Every page's size in points, read in a worker.
    pub async fn page_sizes(&self, bytes: &[u8]) -> Result<Vec<PageSize>, WorkerError> {
        self.check_size(bytes)?;
        match self.call(&Request::PageSizes, bytes, &mut |_| {}).await? {
            (Reply::Sizes { sizes }, _) => Ok(sizes),
            (Reply::Failed { error }, _) => Err(WorkerError::File(error)),
            _ => Err(WorkerError::Crashed("oväntat svar".into())),
        }
    }

    /// One page rendered in a worker (see [`diarievakt_pdf::render_page`]).
    pub async fn render(&self, bytes: &[u8], page: u32, width_px: u32, highlights: &[Highlight]) -> Result<RenderedPage, WorkerError> {
        self.check_size(bytes)?;
        let req = Request::Render { page, width_px, highlights: highlights.to_vec() };
        match self.call(&req, bytes, &mut |_| {}).await? {
            (Reply::Rendered { width_px, height_px }, png) => Ok(RenderedPage { png, width_px, height_px }),
            (Reply::Failed { error }, _) => Err(WorkerError::File(error)),
            _ => Err(WorkerError::Crashed("oväntat svar".into())),
        }
    }

    /// A masked copy made and verified in a worker (see [`diarievakt_redact`]). `Ok(Err(..))`:
    /// the copy was refused, with every reason; `Err`: the worker failed on the file.
    pub async fn redact(
        &self,
        bytes: &[u8],
        plan: &diarievakt_redact::MaskPlan,
        scan: &ScanOptions,
        tamper: Option<String>,
        progress: &mut (dyn FnMut(ScanProgress) + Send),
    ) -> Result<Result<Redacted, Vec<String>>, WorkerError> {
        self.check_size(bytes)?;
        let req = Request::Redact { plan: plan.clone(), options: Default::default(), scan: scan.clone(), tamper };
        match self.call(&req, bytes, progress).await? {
            (Reply::Redacted { pages, verification, encodings }, pdf) => Ok(Ok(Redacted { pdf, pages, verification, encodings })),
            (Reply::Refused { reasons }, _) => Ok(Err(reasons)),
            (Reply::Failed { error }, _) => Err(WorkerError::File(error)),
            _ => Err(WorkerError::Crashed("oväntat svar".into())),
        }
    }

    /// Tests only: makes a worker misbehave (see [`Request::Fault`]).
    pub async fn fault(&self, kind: Fault) -> Result<(), WorkerError> {
        self.call(&Request::Fault { kind }, &[], &mut |_| {}).await.map(|_| ())
    }
}

/// A verified masked copy, as a worker made it.
#[derive(Debug, Clone)]
pub struct Redacted {
    pub pdf: Vec<u8>,
    pub pages: u32,
    pub verification: diarievakt_redact::Verification,
    pub encodings: Vec<diarievakt_redact::Encoding>,
}

enum Failure {
    Timeout(u64),
    /// The worker closed its pipes or sent something that is not a frame: it died or went astray.
    Io,
    /// The job's caller stopped waiting (a closed viewer, a cancelled scan).
    Abandoned,
}

/// However a worker's reading task ends – also dropped with its runtime, or before it ever ran – no
/// job is left waiting on it: the job at the head may have run, so it fails (fail closed); the
/// others are sent again.
struct Ending(Arc<Live>);

impl Drop for Ending {
    fn drop(&mut self) {
        let mut st = self.0.state();
        st.dead = true;
        let mut queue = st.queue.drain(..);
        if let Some(head) = queue.next() {
            let _ = head.send(Event::Failed(WorkerError::Crashed("granskningen avbröts".into())));
        }
        for job in queue {
            let _ = job.send(Event::Again);
        }
    }
}

/// Reads a worker's answers for as long as it lives, handing each to the oldest job sent and not
/// yet answered. Each job has the limits of [`Limits`], counted from when the worker turns to it
/// (the answer to the job before it). A worker that fails – its pipe closes, it says something
/// out of protocol, it stays silent too long, or the job at the head is abandoned – is killed;
/// that job gets the error, the jobs behind it are sent again elsewhere.
async fn read_answers(
    live: Arc<Live>,
    mut child: Child,
    mut stdout: BufReader<ChildStdout>,
    limits: Limits,
    counters: Arc<Counters>,
    _ending: Ending,
) {
    let secs = |d: Duration| d.as_secs().max(1);
    let failure = 'worker: loop {
        let head = loop {
            {
                let st = live.state();
                if st.dead {
                    // The pool is gone, or a torn frame is in the pipe: dropping `child` kills
                    // the process.
                    return;
                }
                if let Some(head) = st.queue.front() {
                    break head.clone();
                }
            }
            live.wake.notified().await;
        };
        let started = Instant::now();
        let answer = loop {
            let silent_until = Instant::now() + limits.silence;
            let job_until = started + limits.job;
            let (until, limit) = if silent_until < job_until { (silent_until, limits.silence) } else { (job_until, limits.job) };
            tokio::select! {
                // An abandoned head is seen before its answer is: the answer then goes nowhere,
                // and the job behind it is not read out of step.
                biased;
                _ = head.closed() => break 'worker Failure::Abandoned,
                frame = tokio::time::timeout_at(until.into(), read_frame_async::<Reply>(&mut stdout)) => match frame {
                    Err(_) => break 'worker Failure::Timeout(secs(limit)),
                    Ok(Err(_)) => break 'worker Failure::Io,
                    Ok(Ok((Reply::Progress { page, pages, ocr }, _))) => drop(head.send(Event::Progress(ScanProgress { page, pages, ocr }))),
                    Ok(Ok((Reply::OcrRead { page }, _))) => drop(head.send(Event::Read(page))),
                    Ok(Ok((reply, payload))) => break (reply, payload),
                },
            }
        };
        live.state().queue.pop_front();
        let _ = head.send(Event::Done(answer.0, answer.1));
    };
    // Dead at once, before the kill is waited for: no job is queued on it meanwhile.
    live.state().dead = true;
    counters.replaced.fetch_add(1, Ordering::Relaxed);
    let _ = child.start_kill();
    let status = child.wait().await.ok();
    let queue = {
        let mut st = live.state();
        st.dead = true;
        std::mem::take(&mut st.queue)
    };
    let mut queue = queue.into_iter();
    if let Some(head) = queue.next() {
        let _ = head.send(Event::Failed(match failure {
            Failure::Timeout(s) => WorkerError::Timeout(s),
            Failure::Io | Failure::Abandoned => WorkerError::Crashed(describe(status)),
        }));
    }
    for job in queue {
        let _ = job.send(Event::Again);
    }
}

/// How a worker ended, in Swedish.
fn describe(status: Option<std::process::ExitStatus>) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.and_then(|s| s.signal()) {
            return match sig {
                libc::SIGSEGV | libc::SIGBUS => format!("minnesfel, signal {sig}"),
                libc::SIGABRT => format!("avbröts, signal {sig} – t.ex. för att filen krävde mer minne än gränsen"),
                libc::SIGKILL => format!("dödades, signal {sig}"),
                _ => format!("signal {sig}"),
            };
        }
    }
    match status.and_then(|s| s.code()) {
        Some(c) => format!("avslutades med status {c}"),
        None => "avslutades oväntat".into(),
    }
}
