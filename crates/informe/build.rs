//! Link settings shared with informe's other executables and plugins (see `informe-build`).

fn main() {
    informe_build::link();
    // `new-plugin` embeds the SDK's source folder (include_dir!), which cargo does not track: a
    // change to a file of it that the SDK's own build does not read (its header, its CHANGELOG)
    // must still rebuild informe.
    println!("cargo::rerun-if-changed=../informe-plugin");
}
