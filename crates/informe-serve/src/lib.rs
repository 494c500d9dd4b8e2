//! The report officer's workbench (`informe serve`): a local web server whose page writes a
//! report's data through a form made from the data's schema, checks it as it is typed, previews
//! its pages and downloads its PDF and workbook, with an HTTP API beside it.
//!
//! Only [`engine`] calls informe's core. The server binds the loopback address unless told
//! otherwise, and every request needs the token printed at start.

pub mod api;
mod assets;
mod auth;
pub mod engine;
pub mod files;
mod routes;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub use engine::{Engine, Settings};

/// How a server serves.
#[derive(Debug)]
pub struct Config {
    /// The served folder: every file the page opens, saves or includes is inside it.
    pub folder: PathBuf,
    /// The data file to open first, relative to the folder.
    pub open: Option<String>,
    pub engine: Arc<Engine>,
    /// The largest request body taken, in bytes (a data file's text).
    pub body_limit: usize,
    /// Checks, builds and previews run at once; the number of cores when `None`.
    pub workers: Option<usize>,
}

/// The body limit when none is given: a thousand times a party's real report.
pub const DEFAULT_BODY_LIMIT: usize = 16 << 20;

/// Requests with a body served or waiting at once; more are asked to come back later.
const ADMITTED: usize = 32;

/// The server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("cannot serve the folder {folder}: {source}")]
    Folder { folder: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Token(#[from] auth::TokenError),
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// A server bound to its address, not yet serving.
#[derive(Debug)]
pub struct Server {
    listener: std::net::TcpListener,
    addr: SocketAddr,
    auth: Arc<auth::Auth>,
    app: Arc<routes::App>,
}

impl Server {
    /// Binds `addr` (port 0: any free port) and draws the token.
    pub fn bind(addr: SocketAddr, config: Config) -> Result<Self, ServeError> {
        let root = files::Root::new(&config.folder)
            .map_err(|source| ServeError::Folder { folder: config.folder.clone(), source })?;
        let listener = std::net::TcpListener::bind(addr).map_err(|source| ServeError::Bind { addr, source })?;
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;
        let auth = Arc::new(auth::Auth::fresh(addr.port())?);
        let workers = config.workers.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
        let app = Arc::new(routes::App {
            engine: config.engine,
            root,
            open: config.open,
            work: Arc::new(tokio::sync::Semaphore::new(workers.max(1))),
            admission: Arc::new(tokio::sync::Semaphore::new(ADMITTED)),
            body_limit: config.body_limit,
        });
        Ok(Self { listener, addr, auth, app })
    }

    /// The address bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address to open, with the token: `http://127.0.0.1:PORT/?token=…`.
    pub fn url(&self) -> String {
        format!("http://{}/?token={}", self.addr, self.auth.token())
    }

    /// Serves until the process is stopped.
    pub fn run(self) -> Result<(), ServeError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            // The work itself runs on the blocking pool, bounded by the work permits.
            .worker_threads(2)
            .thread_name("informe serve")
            .enable_all()
            .build()?;
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            axum::serve(listener, routes::router(self.app, self.auth)).await
        })?;
        Ok(())
    }
}
