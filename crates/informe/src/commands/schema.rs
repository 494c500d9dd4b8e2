//! `informe schema`: the JSON Schema of the data format, for editors and validators.

use informe_core::schema::{data_schema, localize};

use crate::cli::SchemaArgs;
use crate::commands::load_plugins;
use crate::exit::{self, Failure};

pub fn run(args: &SchemaArgs) -> Result<(), Failure> {
    let registry = load_plugins(&args.plugins)?;
    let mut schema = data_schema(&registry).map_err(|err| Failure::new(exit::PLUGIN, format!("{err}")))?;
    localize(&mut schema, &args.lang).map_err(|err| Failure::new(exit::BAD_INPUT, format!("{err}")))?;
    let text = serde_json::to_string_pretty(&schema)
        .map_err(|err| Failure::new(exit::INTERNAL, format!("cannot print the schema: {err}")))?;
    outln!("{text}");
    Ok(())
}
