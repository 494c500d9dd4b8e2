//! The report data: model, loading with located diagnostics, and validation.

pub mod load;
pub mod locate;
pub mod model;
pub mod validate;
