//! The Typst world of one report: template layers, the document model as a virtual JSON file,
//! embedded fonts only, and a fixed date.
//!
//! Invariants: nothing is read from the machine's fonts or the network; packages are refused;
//! the same inputs give the same world, so the same PDF.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use crate::render::template::{MAIN, Template};

/// Where the document model is mounted; templates read it with `json("/data/report.json")`.
pub const DATA_PATH: &str = "/data/report.json";

/// Fonts bundled with Typst, loaded once per process and shared by every report.
pub(crate) fn fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(typst_kit::fonts::embedded());
        store
    })
}

/// Typst's standard library, the same for every report: built once per process.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::builder().build()))
}

/// Starts parsing the embedded fonts and building Typst's library on a thread of their own.
///
/// Both take about 3.5 ms that every compile needs and that depend on nothing of a report, so a
/// build calls this first and they overlap loading the plugins and the data instead of following
/// them; a compile that starts earlier waits for them (`OnceLock`).
pub fn warm_up() {
    // If the thread cannot start, the first compile does the work itself.
    let _ = std::thread::Builder::new().name("typst warm-up".into()).spawn(|| {
        fonts();
        library();
    });
}

/// The world Typst compiles one report in.
pub struct ReportWorld {
    template: Template,
    main: FileId,
    data_id: FileId,
    data: Bytes,
    today: Datetime,
    sources: Mutex<HashMap<FileId, Source>>,
}

impl std::fmt::Debug for ReportWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportWorld")
            .field("template", &self.template)
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

fn project_file(path: &str) -> FileId {
    // The paths are constants of this module, always valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("invalid constant path {path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl ReportWorld {
    /// A world over `template` with the document model `data` (JSON) and the date `today`.
    pub fn new(template: Template, data: Vec<u8>, today: Datetime) -> Self {
        Self {
            template,
            main: project_file(MAIN),
            data_id: project_file(DATA_PATH),
            data: Bytes::new(data),
            today,
            sources: Mutex::new(HashMap::new()),
        }
    }

    /// The template layers, for naming files in messages.
    pub fn template(&self) -> &Template {
        &self.template
    }

    fn read(&self, id: FileId) -> FileResult<Vec<u8>> {
        match id.root() {
            VirtualRoot::Package(spec) => Err(FileError::Package(PackageError::Other(Some(
                format!("packages such as {spec} are not available: templates must be self-contained").into(),
            )))),
            VirtualRoot::Project => self.template.read(id.vpath()).map(|(bytes, _)| bytes),
        }
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        fonts().book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let mut cache = self.sources.lock().unwrap_or_else(|poison| poison.into_inner());
        if let Some(source) = cache.get(&id) {
            return Ok(source.clone());
        }
        let bytes = self.read(id)?;
        let text = String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        let source = Source::new(id, text);
        cache.insert(id, source.clone());
        Ok(source)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        self.read(id).map(Bytes::new)
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // Fixed for the whole build, whatever the offset asked for: reports must be reproducible.
        Some(self.today)
    }
}
