//! SDK for informe program-family plugins: the C ABI, the JSON exchange types and `declare_plugin!`.
//!
//! A plugin is a `cdylib` that serves one or more program *families*. The host (the `informe` tool)
//! loads it at run time, checks its [`abi::Descriptor`] and then talks to it only through JSON byte
//! buffers: it sends a [`Request`] (one program plus the report context) and receives a
//! [`Response`] (validation problems, narrative sections and typed metrics). No Rust type ever
//! crosses the boundary, so a plugin built with another compiler version keeps working.
//!
//! ```
//! use informe_plugin::prelude::*;
//!
//! fn process(request: &Request) -> Result<Response, PluginError> {
//!     let mut response = Response::default();
//!     let projects: u64 = request.data_field("projects")?;
//!     response.metrics.push(
//!         Metric::count("projects", "Projects", projects).feeds(BENEFICIARY_PROJECTS),
//!     );
//!     Ok(response)
//! }
//!
//! informe_plugin::declare_plugin! {
//!     name: "example",
//!     version: "0.1.0",
//!     families: ["example"],
//!     process: process,
//! }
//! # fn main() {}
//! ```
//!
//! This crate never depends on the informe core: plugin authors pull in only this crate. The
//! [`guide`] walks through writing, validating and testing a plugin.

pub mod abi;
pub mod catalog;
pub mod content;
pub mod exchange;
pub mod family;
pub mod format;
pub mod guide;
mod memo;
pub mod metric;
pub mod model;
#[doc(hidden)]
pub mod runtime;
pub mod testing;
pub mod text;

pub use content::{Block, Cell, Emphasis, Figure, KeyFigure, Section, Span};
pub use exchange::{Context, PluginError, Problem, Request, Response, Severity};
pub use metric::{BENEFICIARY_PROJECTS, Metric, Quantity};
pub use model::{Contribution, FinancialResources, Footnote, Period, Program, Qualifier};
pub use rust_decimal::Decimal;
pub use schemars;
pub use serde_json;
pub use text::Text;

/// The version of this SDK, recorded in every plugin's descriptor.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Everything a plugin usually needs, in one import.
pub mod prelude {
    pub use crate::catalog::{Arg, Catalog, Marked, Sources};
    pub use crate::content::{Block, Cell, Emphasis, Figure, KeyFigure, Section, Span};
    pub use crate::exchange::{Context, PluginError, Problem, Request, Response, Severity};
    pub use crate::family::{Common, Count, Money, Narrator};
    pub use crate::format::Formatter;
    pub use crate::metric::{BENEFICIARY_PROJECTS, Metric, Quantity};
    pub use crate::model::{Contribution, Period, Program, Qualifier};
    pub use rust_decimal::Decimal;
    pub use schemars::JsonSchema;
}
