//! The informe core: report model and validation, the plugin host, aggregation and Typst rendering.
//!
//! The flow of a build is [`data::load`] → [`process::run`] (plugins) → [`assemble::document`]
//! → [`render::pdf`], tied together by [`pipeline`], the one API every command calls (a checked
//! [`pipeline::Plan`] in, outputs and [`Diagnostic`]s out). This crate never prints: it returns
//! values and diagnostics, and the CLI decides what the user sees.

pub mod aggregate;
pub mod assemble;
pub mod data;
pub mod diagnostic;
pub mod form2020;
pub mod host;
pub mod institution;
#[cfg(unix)]
pub mod interrupt;
pub mod measures_table;
pub mod ods;
pub mod output;
pub mod pipeline;
pub mod process;
pub mod render;
pub mod schema;
pub mod summary;
pub mod words;

pub use diagnostic::{Diagnostic, Diagnostics, LineCol};
pub use host::{PluginError, Registry, SearchPath};
pub use render::{RenderError, Template};

/// Everything that can stop a build, by kind, each carrying all the problems of its kind.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data has errors (its own, or found by the plugins).
    #[error("{0}")]
    Data(Diagnostics),
    /// Plugins could not be loaded or failed.
    #[error("{}", .0.iter().map(|e| format!("error: {e}")).collect::<Vec<_>>().join("\n"))]
    Plugins(Vec<PluginError>),
    /// The template could not be compiled.
    #[error("{0}")]
    Render(#[from] RenderError),
    /// The workbook could not be assembled.
    #[error(transparent)]
    Ods(ods::OdsError),
    /// An output could not be written; existing files are left as they were.
    #[error("cannot write {path}: {source}")]
    Output { path: std::path::PathBuf, source: std::io::Error },
}

impl Error {
    /// Every problem of the failure as informe's one kind of diagnostic; plugin failures are not
    /// placed in the data here (the pipeline, which has the data, places them).
    pub fn into_diagnostics(self) -> Diagnostics {
        use diagnostic::Kind;
        match self {
            Error::Data(found) => found,
            Error::Plugins(errors) => Diagnostics(errors.iter().map(PluginError::diagnostic).collect()),
            Error::Render(err) => Diagnostics(err.into_diagnostics()),
            Error::Ods(err) => Diagnostics::one(Diagnostic::error(err.to_string()).of_kind(Kind::Internal)),
            Error::Output { path, source } => Diagnostics::one(
                Diagnostic::error(format!("cannot be written: {source}")).in_file(&path).of_kind(Kind::Output),
            ),
        }
    }
}

impl From<PluginError> for Error {
    fn from(err: PluginError) -> Self {
        Error::Plugins(vec![err])
    }
}
