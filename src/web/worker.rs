//! The page's one worker policy, shared by the articles mode and the two-text mode.
//!
//! A [`WorkerClient`] owns at most one engine worker (`www/worker.js`) and one job at a time:
//! - a newer job **replaces** one still running: the old worker is terminated (its work stops,
//!   not only its answer), and a fresh one takes the new job; an idle worker, its wasm already
//!   compiled, takes the next job as it is;
//! - every job has a **watchdog**: when no final answer comes within the client's time limit,
//!   the worker is terminated and the page is told [`Reply::TimedOut`];
//! - a worker that **crashed** (an uncaught error, a message that cannot be read, an answer
//!   that says the engine failed) is never reused: its wasm may be left in any state, so the
//!   next job starts a fresh one;
//! - answers to replaced jobs are dropped here, so the page only ever sees the latest job's.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Worker;

/// What the client hands the page about its latest job.
pub enum Reply {
    /// A message the worker posted for the job (an object with the job's `id`).
    Message(JsValue),
    /// The worker died (failed to load, threw, or sent a message that could not be read).
    Crashed(String),
    /// No final answer came within the client's time limit; the worker was stopped.
    TimedOut,
}

/// What the page made of a [`Reply::Message`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The job is finished.
    Finished,
    /// More messages for this job will follow (the watchdog keeps running).
    Continuing,
    /// The engine failed on this job: the job is over and its worker is not reused.
    Failed,
}

type Handler = Rc<dyn Fn(Reply) -> Outcome>;
/// A listener of the worker's events.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// One worker and its latest job (see the module documentation for the policy).
pub struct WorkerClient {
    worker: Option<Worker>,
    /// True from a job's start to its final answer.
    busy: bool,
    /// The latest job's id; answers with another id are stale.
    job: u32,
    time_limit_ms: u32,
    watchdog: Option<Timeout>,
    handler: Handler,
    /// The closures the current worker calls; dropped (freed) with the worker.
    listeners: Vec<Listener>,
}

/// A client shared by the page's handlers.
pub type SharedClient = Rc<RefCell<WorkerClient>>;

impl WorkerClient {
    /// A client whose jobs may take `time_limit_ms` each; `handler` sees the latest job's
    /// replies and says what each message means for the job.
    pub fn new(time_limit_ms: u32, handler: impl Fn(Reply) -> Outcome + 'static) -> SharedClient {
        Rc::new(RefCell::new(WorkerClient {
            worker: None,
            busy: false,
            job: 0,
            time_limit_ms,
            watchdog: None,
            handler: Rc::new(handler),
            listeners: Vec::new(),
        }))
    }

    /// True while a job runs (its final answer has not come).
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    /// Stops the worker (if any) and forgets its job; the next job starts a fresh worker.
    fn retire(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.set_onmessage(None);
            worker.set_onerror(None);
            worker.terminate();
        }
        // The listeners stay until the next worker replaces them: this may run inside one.
        self.busy = false;
        self.watchdog = None;
    }
}

/// Starts a job: `message(id)` builds what to post (it must carry `id`). Returns the job's id.
/// A job still running is stopped first; the worker is started when there is none.
pub fn send(
    client: &SharedClient,
    message: impl FnOnce(u32) -> Result<JsValue, JsValue>,
) -> Result<u32, JsValue> {
    let mut c = client.borrow_mut();
    if c.busy {
        c.retire();
    }
    c.job = c.job.wrapping_add(1);
    let id = c.job;
    let data = message(id)?;
    if c.worker.is_none() {
        let (worker, listeners) = spawn(Rc::downgrade(client))?;
        c.worker = Some(worker);
        c.listeners = listeners;
    }
    let posted = c.worker.as_ref().map(|w| w.post_message(&data));
    if let Some(Err(e)) = posted {
        c.retire();
        return Err(e);
    }
    c.busy = true;
    let weak = Rc::downgrade(client);
    c.watchdog = Some(Timeout::new(c.time_limit_ms, move || {
        let Some(client) = weak.upgrade() else { return };
        let handler = {
            let mut c = client.borrow_mut();
            // This closure is the watchdog's own: let it finish rather than drop it mid-call
            // (a few bytes, once per timed-out job).
            if let Some(running) = c.watchdog.take() {
                running.forget();
            }
            c.retire();
            c.handler.clone()
        };
        handler(Reply::TimedOut);
    }));
    Ok(id)
}

/// The worker's script and whether it is a module: `./worker.js`, a module; or, in the
/// single-file build, the classic script whose `blob:` URL its start script puts in
/// `VERBATIM_CLASSIC_WORKER_URL` (a page opened from disk may load no file beside it, and
/// Chromium starts no module worker from a `blob:` URL there).
fn worker_script() -> (String, bool) {
    let inline = js_sys::Reflect::get(&js_sys::global(), &"VERBATIM_CLASSIC_WORKER_URL".into());
    match inline.ok().and_then(|url| url.as_string()) {
        Some(url) => (url, false),
        None => ("./worker.js".to_owned(), true),
    }
}

/// Starts the worker (see [`worker_script`]) with its message and error listeners.
fn spawn(client: Weak<RefCell<WorkerClient>>) -> Result<(Worker, Vec<Listener>), JsValue> {
    let (url, module) = worker_script();
    let options = web_sys::WorkerOptions::new();
    if module {
        options.set_type(web_sys::WorkerType::Module);
    }
    let worker = Worker::new_with_options(&url, &options)?;
    let weak = client.clone();
    let on_message = Listener::new(move |event: web_sys::Event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        deliver(&weak, event.data());
    });
    let on_error = Listener::new(move |event: web_sys::Event| {
        // The page handles it: no second report in the console as "uncaught".
        event.prevent_default();
        // An `ErrorEvent` has a message; a `messageerror` or a failed load has none.
        let detail = js_sys::Reflect::get(&event, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .filter(|m| !m.is_empty());
        crash(&client, detail);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.add_event_listener_with_callback("messageerror", on_error.as_ref().unchecked_ref())?;
    Ok((worker, vec![on_message, on_error]))
}

/// Hands a worker's message to the page if it answers the latest job.
fn deliver(client: &Weak<RefCell<WorkerClient>>, data: JsValue) {
    let Some(client) = client.upgrade() else {
        return;
    };
    let handler = {
        let c = client.borrow();
        let id = super::protocol::reply_id(&data);
        if !c.busy || id != Some(f64::from(c.job)) {
            return; // an answer to a job that was replaced (or already finished)
        }
        c.handler.clone()
    };
    // The handler runs with the client unborrowed: it may start the next job.
    let outcome = handler(Reply::Message(data));
    let mut c = client.borrow_mut();
    match outcome {
        Outcome::Continuing => {}
        Outcome::Finished => {
            c.busy = false;
            c.watchdog = None;
        }
        Outcome::Failed => c.retire(),
    }
}

/// The worker died: it is not reused, and the page hears of it if a job was running.
fn crash(client: &Weak<RefCell<WorkerClient>>, detail: Option<String>) {
    let Some(client) = client.upgrade() else {
        return;
    };
    let (was_busy, handler) = {
        let mut c = client.borrow_mut();
        let was_busy = c.busy;
        c.retire();
        (was_busy, c.handler.clone())
    };
    if was_busy {
        let why =
            detail.unwrap_or_else(|| "it could not be started or stopped unexpectedly".into());
        handler(Reply::Crashed(why));
    }
}
