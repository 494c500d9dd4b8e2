//! `informe institutions`: the shipped institutions a report can be issued by, Mexico's examples.

use informe_core::institution::{Institution, shipped_ids};

use crate::exit::{self, Failure};

pub fn run() -> Result<(), Failure> {
    // Said first, because a report of another party must not be issued by one of them by mistake.
    outln!("Shipped examples, institutions of Mexico (a report names one to be issued by it):\n");
    for id in shipped_ids() {
        let institution =
            Institution::find(&id).map_err(|found| Failure { code: exit::INTERNAL, ..Failure::from(found) })?;
        let identity = &institution.identity;
        let programs =
            if identity.programs.is_empty() { "all programs".to_owned() } else { identity.programs.join(", ") };
        outln!("{id:<10} {:<8} {}  ({programs})", identity.short_name, identity.name);
    }
    outln!(
        "\nhint: --institution NAME, or --institution FOLDER for a folder holding an institution.toml;\n      \
         without one, a report is issued by its data's `issuer`, or has a neutral title page for its country"
    );
    Ok(())
}
