//! Link settings shared with informe's other executables and plugins (see `informe-build`).

fn main() {
    informe_build::link();
}
