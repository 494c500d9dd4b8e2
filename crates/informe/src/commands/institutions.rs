//! `informe institutions`: the shipped institutions a report can be issued by.

use informe_core::institution::{Institution, shipped_ids};

use crate::exit::{self, Failure};

pub fn run() -> Result<(), Failure> {
    for id in shipped_ids() {
        let institution = Institution::find(&id).map_err(|d| Failure::new(exit::INTERNAL, d.to_string()))?;
        let identity = &institution.identity;
        let programs =
            if identity.programs.is_empty() { "all programs".to_owned() } else { identity.programs.join(", ") };
        println!("{id:<10} {:<8} {}  ({programs})", identity.short_name, identity.name);
    }
    println!("\nhint: --institution NAME, or --institution FOLDER for a folder holding an institution.toml");
    Ok(())
}
