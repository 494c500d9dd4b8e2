//! The report data: model, loading with located diagnostics, and validation.

pub mod duplicates;
pub mod form;
pub mod include;
pub mod load;
pub mod localize;
pub mod locate;
mod messages;
pub mod model;
pub mod suggest;
pub mod validate;
