//! A worker and nothing else: for the crate's own tests and for deployments that want the worker
//! as a separate executable (`DIARIEVAKT_WORKER`). The app and `diarievakt` serve as their own
//! workers through [`diarievakt_worker::main_hook`].

fn main() {
    diarievakt_worker::serve();
}
