//! Rebuilds the core when the embedded default template changes.

fn main() {
    println!("cargo:rerun-if-changed=../../templates/default");
}
