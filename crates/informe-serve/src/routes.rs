//! The HTTP routes: the page and its assets, and the API beside it (check, build, preview, schema,
//! files and drafts of the served folder). Every route sits behind the token.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::api::{self, Failed, Problem};
use crate::assets;
use crate::auth::{self, Auth};
use crate::engine::{self, Choice, Engine, Format};
use crate::files::{self, PathError, Root};

/// What every handler shares.
#[derive(Debug)]
pub struct App {
    pub engine: Arc<Engine>,
    pub root: Root,
    /// The data file the server was started on, relative to the folder.
    pub open: Option<String>,
    /// Checks, builds and previews at once: one per core, so that parallel requests share the
    /// machine instead of each slowing all.
    pub work: Arc<Semaphore>,
    /// Requests with a body admitted at once, each holding at most `body_limit` bytes: what bounds
    /// the memory of the bodies waiting for work.
    pub admission: Arc<Semaphore>,
    pub body_limit: usize,
}

/// The whole application.
pub fn router(app: Arc<App>, auth: Arc<Auth>) -> Router {
    let api = Router::new()
        .route("/api/session", get(session))
        .route("/api/schema", get(schema))
        .route("/api/institutions", get(institutions))
        .route("/api/labels", get(labels))
        .route("/api/files", get(list_files))
        .route("/api/file", get(read_file).put(save_file))
        .route("/api/draft", get(read_draft).put(save_draft).delete(drop_draft))
        .route("/api/check", post(check))
        .route("/api/build", post(build))
        .route("/api/preview", post(preview))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), admit))
        .layer(DefaultBodyLimit::max(app.body_limit));
    Router::new()
        .route("/", get(page))
        .route("/assets/{name}", get(asset))
        .merge(api)
        .fallback(not_found)
        // The token first; every answer, a refusal too, then gets the safety headers.
        .layer(middleware::from_fn_with_state(auth, auth::require_token))
        .layer(middleware::from_fn(secure_headers))
        .with_state(app)
}

/// The parameters of a report's request: its file in the served folder and `build`'s choices.
#[derive(Debug, Default, Deserialize)]
pub struct Target {
    /// The data file the body is the text of (its parts are read beside it); `data.json` when none
    /// is named.
    path: Option<String>,
    lang: Option<String>,
    locale: Option<String>,
    institution: Option<String>,
    format: Option<Format>,
    /// Preview: the keys of the pages the client has, comma-separated.
    known: Option<String>,
}

impl Target {
    fn choice(&self) -> Choice {
        Choice { lang: self.lang.clone(), locale: self.locale.clone(), institution: self.institution.clone() }
    }

    fn relative(&self) -> &str {
        self.path.as_deref().unwrap_or("data.json")
    }
}

/// A JSON answer.
fn json(status: StatusCode, value: &impl serde::Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => (status, [(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, err.to_string()).into_response(),
    }
}

/// A refusal with its problems, as JSON.
fn refuse(status: StatusCode, problems: Vec<Problem>) -> Response {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    json(status, &serde_json::json!({ "ok": false, "errors": errors, "diagnostics": problems }))
}

fn path_refused(err: PathError) -> Response {
    let status = match err {
        PathError::NotInside(_) | PathError::LinksOut(_) => StatusCode::FORBIDDEN,
        PathError::Missing(_) => StatusCode::NOT_FOUND,
        PathError::TooLarge(..) => StatusCode::PAYLOAD_TOO_LARGE,
        PathError::Empty | PathError::NotJson(_) => StatusCode::BAD_REQUEST,
        PathError::Io(..) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    refuse(status, vec![api::request(err.to_string())])
}

fn failure(failed: Failed) -> Response {
    let status = match &failed {
        Failed::Data(_) => StatusCode::UNPROCESSABLE_ENTITY,
        Failed::Plugins(_) => StatusCode::BAD_GATEWAY,
        Failed::Request(_) => StatusCode::BAD_REQUEST,
        Failed::Template(_) | Failed::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    refuse(status, failed.problems())
}

/// A refusal made before the work: boxed, since a response is large beside what it stands for.
type Refused = Box<Response>;

/// The data file a report request names, inside the folder, and the body, its text.
fn input(app: &App, target: &Target, body: &Bytes) -> Result<(std::path::PathBuf, String), Refused> {
    let file = app.root.data_file(target.relative()).map_err(|err| Box::new(path_refused(err)))?;
    let text = String::from_utf8(body.to_vec())
        .map_err(|_| Box::new(refuse(StatusCode::BAD_REQUEST, vec![api::request("the body is not UTF-8 text")])))?;
    Ok((file, text))
}

/// Runs `job` on the blocking pool once a core is free for it.
async fn work<T: Send + 'static>(app: &App, job: impl FnOnce() -> T + Send + 'static) -> Result<T, Refused> {
    let stopped = || Box::new(refuse(StatusCode::SERVICE_UNAVAILABLE, vec![api::request("the server is stopping")]));
    let permit = Arc::clone(&app.work).acquire_owned().await.map_err(|_| stopped())?;
    let done = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        job()
    })
    .await;
    done.map_err(|err| {
        Box::new(refuse(StatusCode::INTERNAL_SERVER_ERROR, vec![api::request(format!("the work failed: {err}"))]))
    })
}

/// Admits a request with a body only while fewer than the admission limit are being served;
/// past it, the client is asked to come back (503), before its body is read.
async fn admit(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    if !matches!(*request.method(), Method::POST | Method::PUT) {
        return next.run(request).await;
    }
    let Ok(_admitted) = Arc::clone(&app.admission).try_acquire_owned() else {
        let mut busy = refuse(StatusCode::SERVICE_UNAVAILABLE, vec![api::request("the server is busy; try again")]);
        busy.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return busy;
    };
    next.run(request).await
}

/// Headers of every answer: nothing cached, sniffed, framed or sent on as referrer.
async fn secure_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; \
             connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    response
}

async fn page() -> Response {
    asset_response("index.html")
}

async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    asset_response(&name)
}

fn asset_response(name: &str) -> Response {
    match assets::get(name) {
        Some((kind, body)) => ([(header::CONTENT_TYPE, kind)], body).into_response(),
        None => missing(),
    }
}

async fn not_found() -> Response {
    missing()
}

fn missing() -> Response {
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "application/json")], r#"{"error":"no such page"}"#).into_response()
}

async fn session(State(app): State<Arc<App>>) -> Response {
    let folder = app.root.dir().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    json(
        StatusCode::OK,
        &serde_json::json!({
            "open": app.open,
            "folder": folder,
            "version": env!("CARGO_PKG_VERSION"),
            "max_body": app.body_limit,
        }),
    )
}

#[derive(Debug, Deserialize)]
struct SchemaParam {
    /// The language of the descriptions; English when absent, as `informe schema` prints them.
    lang: Option<String>,
}

async fn schema(State(app): State<Arc<App>>, Query(param): Query<SchemaParam>) -> Response {
    match app.engine.schema(param.lang.as_deref().unwrap_or("en")) {
        Some(schema) => json(StatusCode::OK, schema),
        None => missing(),
    }
}

#[derive(Debug, Deserialize)]
struct LabelsParam {
    lang: String,
}

async fn labels(State(app): State<Arc<App>>, Query(param): Query<LabelsParam>) -> Response {
    match app.engine.labels(&param.lang) {
        Some(words) => ([(header::CONTENT_TYPE, "application/json")], words).into_response(),
        None => missing(),
    }
}

async fn institutions() -> Response {
    json(StatusCode::OK, &engine::institutions())
}

async fn list_files(State(app): State<Arc<App>>) -> Response {
    let app2 = Arc::clone(&app);
    match work(&app, move || app2.root.data_files()).await {
        Ok(files) => json(StatusCode::OK, &serde_json::json!({ "files": files })),
        Err(refused) => *refused,
    }
}

#[derive(Debug, Deserialize)]
struct FileParam {
    path: String,
}

async fn read_file(State(app): State<Arc<App>>, Query(file): Query<FileParam>) -> Response {
    let limit = (app.body_limit as u64).min(engine::MAX_FILE_BYTES);
    match app.root.read(&file.path, limit) {
        Ok(text) => ([(header::CONTENT_TYPE, "application/json")], text).into_response(),
        Err(err) => path_refused(err),
    }
}

/// Saves a data file: the new text beside it, the old one kept as `NAME.json~`, then both renamed
/// at once; its draft goes.
async fn save_file(State(app): State<Arc<App>>, Query(file): Query<FileParam>, body: Bytes) -> Response {
    let target = match app.root.data_file(&file.path) {
        Ok(target) => target,
        Err(err) => return path_refused(err),
    };
    if let Err(err) = serde_json::from_slice::<serde::de::IgnoredAny>(&body) {
        return refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![api::request(format!("not saved: the text is not JSON ({err})"))],
        );
    }
    let draft = app.root.draft_of(&file.path).ok();
    let shown = app.root.show(&target);
    let saved = work(&app, move || {
        let previous = std::fs::read(&target).ok();
        let backup = files::previous_version(&target);
        let mut writes: Vec<(&std::path::Path, &[u8])> = Vec::new();
        if let Some(previous) = &previous {
            writes.push((&backup, previous));
        }
        writes.push((&target, &body));
        engine::write_together(&writes)?;
        if let Some(draft) = draft {
            let _ = std::fs::remove_file(draft);
        }
        Ok::<_, String>(previous.is_some().then(|| files::previous_version(std::path::Path::new(&shown))))
    })
    .await;
    match saved {
        Ok(Ok(previous)) => json(StatusCode::OK, &serde_json::json!({ "saved": file.path, "previous": previous })),
        Ok(Err(message)) => refuse(StatusCode::INTERNAL_SERVER_ERROR, vec![api::request(message)]),
        Err(refused) => *refused,
    }
}

async fn read_draft(State(app): State<Arc<App>>, Query(file): Query<FileParam>) -> Response {
    let draft = match app.root.draft_of(&file.path) {
        Ok(draft) => draft,
        Err(err) => return path_refused(err),
    };
    let modified = |path: &std::path::Path| {
        let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
        time.duration_since(std::time::UNIX_EPOCH).ok().map(|d| d.as_millis())
    };
    match std::fs::read_to_string(&draft) {
        Ok(text) => json(
            StatusCode::OK,
            &serde_json::json!({
                "text": text,
                "modified": modified(&draft),
                "file_modified": app.root.resolve(&file.path).ok().and_then(|f| modified(&f)),
            }),
        ),
        Err(_) => path_refused(PathError::Missing(format!("a draft of {}", file.path))),
    }
}

/// Keeps the unsaved text of a data file in the folder's `.informe/drafts/`, so that a crash or a
/// closed tab loses nothing.
async fn save_draft(State(app): State<Arc<App>>, Query(file): Query<FileParam>, body: Bytes) -> Response {
    let draft = match app.root.draft_of(&file.path) {
        Ok(draft) => draft,
        Err(err) => return path_refused(err),
    };
    let written = work(&app, move || {
        if let Some(folder) = draft.parent() {
            std::fs::create_dir_all(folder).map_err(|err| err.to_string())?;
        }
        engine::write_together(&[(&draft, &body)])
    })
    .await;
    match written {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(message)) => refuse(StatusCode::INTERNAL_SERVER_ERROR, vec![api::request(message)]),
        Err(refused) => *refused,
    }
}

async fn drop_draft(State(app): State<Arc<App>>, Query(file): Query<FileParam>) -> Response {
    match app.root.draft_of(&file.path) {
        Ok(draft) => {
            let _ = std::fs::remove_file(draft);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(err) => path_refused(err),
    }
}

async fn check(State(app): State<Arc<App>>, Query(target): Query<Target>, body: Bytes) -> Response {
    let (file, text) = match input(&app, &target, &body) {
        Ok(found) => found,
        Err(refused) => return *refused,
    };
    let app2 = Arc::clone(&app);
    match work(&app, move || app2.engine.check(&app2.root, text, &file, &target.choice())).await {
        Ok(Ok(checked)) => json(StatusCode::OK, &checked),
        Ok(Err(failed)) => failure(failed),
        Err(refused) => *refused,
    }
}

async fn build(State(app): State<Arc<App>>, Query(target): Query<Target>, body: Bytes) -> Response {
    let Some(format) = target.format else {
        return refuse(StatusCode::BAD_REQUEST, vec![api::request("name the format: ?format=pdf or ?format=ods")]);
    };
    let (file, text) = match input(&app, &target, &body) {
        Ok(found) => found,
        Err(refused) => return *refused,
    };
    let (kind, extension) = match format {
        Format::Pdf => ("application/pdf", "pdf"),
        Format::Ods => ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    };
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    let name: String = stem.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')).collect();
    let app2 = Arc::clone(&app);
    match work(&app, move || app2.engine.build(&app2.root, text, &file, &target.choice(), format)).await {
        Ok(Ok((bytes, warnings))) => {
            let disposition = format!("attachment; filename=\"{name}.{extension}\"");
            let mut response = ([(header::CONTENT_TYPE, kind)], bytes).into_response();
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(&disposition) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            headers.insert("x-informe-warnings", HeaderValue::from(warnings.len()));
            response
        }
        Ok(Err(failed)) => failure(failed),
        Err(refused) => *refused,
    }
}

async fn preview(State(app): State<Arc<App>>, Query(target): Query<Target>, body: Bytes) -> Response {
    let (file, text) = match input(&app, &target, &body) {
        Ok(found) => found,
        Err(refused) => return *refused,
    };
    let app2 = Arc::clone(&app);
    let known: Vec<String> = target.known.as_deref().unwrap_or_default().split(',').map(str::to_owned).collect();
    match work(&app, move || app2.engine.preview(&app2.root, text, &file, &target.choice(), &known)).await {
        Ok(Ok(pages)) => json(StatusCode::OK, &pages),
        Ok(Err(failed)) => failure(failed),
        Err(refused) => *refused,
    }
}
