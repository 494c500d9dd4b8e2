//! The release archive as a user gets it: `cargo xtask dist` twice to the same bytes, unpacked with
//! tar, then its `bin/informe` run from another folder with no Rust toolchain and no variables.

use std::path::{Path, PathBuf};
use std::process::Command;

use informe_tests::{dll_name, ensure_built, expectations, fixture, informe, missing, pdf_text, profile_dir, root};

/// What every entry of the archive carries (`SOURCE_DATE_EPOCH` below, as `tar` prints it in UTC).
const EPOCH: &str = "1700000000";
const EPOCH_SHOWN: &str = "2023-11-14 22:13:20";

/// The folders a user's PATH has without a Rust toolchain.
const PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// Runs `cargo xtask dist --profile dev --out OUT` (the binary the workspace build made) and
/// returns the archive's path and the SHA-256 it printed.
fn dist(out: &Path) -> (PathBuf, String) {
    let output = Command::new(profile_dir().join(format!("xtask{}", std::env::consts::EXE_SUFFIX)))
        .args(["dist", "--profile", "dev", "--out"])
        .arg(out)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .output()
        .expect("run xtask");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "dist failed:\n{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let mut lines = stdout.lines();
    let archive = PathBuf::from(lines.next().expect("the archive's path"));
    let sha256 = lines.next().and_then(|l| l.strip_prefix("sha256 ")).expect("the archive's sha256").to_owned();
    assert!(archive.starts_with(out) && archive.is_file(), "{}", archive.display());
    (archive, sha256)
}

/// A command with nothing of the developer's environment: no cargo or rustup variables, a PATH
/// without them, a fresh HOME, run from `cwd`.
fn bare(program: &Path, cwd: &Path, home: &Path) -> Command {
    let mut command = Command::new(program);
    command.env_clear().env("PATH", PATH).env("HOME", home).current_dir(cwd);
    command
}

fn succeed(command: &mut Command) -> String {
    let output = command.output().expect("start");
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The package names of the crates under `plugins/`, as library file names.
fn shipped_libraries() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("plugins"))
        .expect("plugins/")
        .map(|entry| {
            let folder = entry.expect("entry").file_name().into_string().expect("UTF-8 name");
            dll_name(&format!("informe_plugin_{}", folder.replace('-', "_")))
        })
        .collect();
    names.sort();
    names
}

/// Relative path → bytes of every file under `dir`.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut found = std::collections::BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("read folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read file");
                found.insert(path.strip_prefix(dir).expect("inside").to_path_buf(), bytes);
            }
        }
    }
    found
}

#[test]
fn the_release_archive_is_reproducible_and_builds_the_fixture_with_no_toolchain_from_any_folder() {
    ensure_built();
    let scratch = tempfile::tempdir().expect("temp dir");
    let (archive, sha256) = dist(&scratch.path().join("one"));
    let (again, sha256_again) = dist(&scratch.path().join("two"));
    assert_eq!(sha256, sha256_again);
    assert!(std::fs::read(&archive).expect("one") == std::fs::read(&again).expect("two"), "two runs differ");
    let sums =
        archive.with_file_name(format!("{}.sha256", archive.file_name().and_then(|n| n.to_str()).expect("name")));
    let checked = Command::new("sha256sum").arg("-c").arg(&sums).current_dir(scratch.path().join("one")).output();
    assert!(checked.expect("run sha256sum").status.success(), "the .sha256 file does not match the archive");
    assert!(std::fs::read_to_string(&sums).expect("sums").starts_with(&format!("{sha256}  ")));

    // Every entry: owned by 0/0, dated SOURCE_DATE_EPOCH, under one folder named for version and target.
    let listing = Command::new("tar")
        .args(["--list", "--verbose", "--numeric-owner", "--full-time", "-zf"])
        .arg(&archive)
        .env("TZ", "UTC")
        .output()
        .expect("run tar");
    let listing = String::from_utf8(listing.stdout).expect("UTF-8 listing");
    let name = archive.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".tar.gz")).expect("name");
    assert!(name.starts_with(&format!("informe-{}-", env!("CARGO_PKG_VERSION"))), "{name}");
    for line in listing.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(fields[1], "0/0", "{line}");
        assert_eq!(format!("{} {}", fields[3], fields[4]), EPOCH_SHOWN, "{line}");
        assert!(fields[5].starts_with(name), "{line}");
    }

    let install = scratch.path().join("opt");
    std::fs::create_dir(&install).expect("install dir");
    let unpacked = Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(&install).status().expect("run tar");
    assert!(unpacked.success(), "tar could not unpack the archive");
    let release = install.join(name).canonicalize().expect("the archive's folder");
    for file in [
        "bin/informe",
        "bin/informe-worker",
        "README.md",
        "LICENSE",
        "examples/mexico-2012-2015.json",
        "share/man/man1/informe.1",
        "share/man/man1/informe-build.1",
        "share/man/man1/informe-new-plugin.1",
        "share/completions/informe.bash",
        "share/completions/_informe",
        "share/completions/informe.fish",
        "share/completions/informe.elv",
        "share/completions/_informe.ps1",
        "sdk/informe-plugin/Cargo.toml",
        "sdk/informe-plugin/src/lib.rs",
        "sdk/informe-plugin/include/informe_plugin.h",
    ] {
        assert!(release.join(file).is_file(), "the archive lacks {file}");
    }
    let mut plugins: Vec<String> = std::fs::read_dir(release.join("plugins"))
        .expect("plugins/")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .collect();
    plugins.sort();
    assert_eq!(plugins, shipped_libraries(), "the archive's plugins are not exactly the shipped ones");
    let page = std::fs::read_to_string(release.join("share/man/man1/informe-build.1")).expect("page");
    assert!(page.contains(".TH informe-build 1") && page.contains("\\-\\-output"), "{page}");
    let bash = std::fs::read_to_string(release.join("share/completions/informe.bash")).expect("bash");
    assert!(bash.contains("new\\-plugin") || bash.contains("new-plugin"), "bash completion lacks new-plugin");

    // A user with no toolchain, in a folder of their own.
    let home = scratch.path().join("home");
    let work = scratch.path().join("work");
    std::fs::create_dir_all(&home).expect("home");
    std::fs::create_dir_all(&work).expect("work");
    for tool in ["cargo", "rustc", "rustup"] {
        assert!(PATH.split(':').all(|dir| !Path::new(dir).join(tool).exists()), "{tool} is on {PATH}");
    }
    let informe_bin = release.join("bin/informe");

    let listed = succeed(bare(&informe_bin, &work, &home).arg("plugins"));
    // The table's rows (PATH is its last column) end at the first blank line; notes may follow.
    let rows = listed.lines().skip(1).take_while(|l| !l.trim().is_empty());
    let paths: Vec<&str> = rows.filter_map(|l| l.split_whitespace().last()).collect();
    assert_eq!(paths.len(), plugins.len(), "{listed}");
    for path in &paths {
        assert!(Path::new(path).starts_with(release.join("plugins")), "a plugin from elsewhere: {listed}");
    }

    let example = release.join("examples/mexico-2012-2015.json");
    succeed(bare(&informe_bin, &work, &home).arg("build").arg(&example).args(["-o", "out.pdf", "-o", "out.ods"]));
    let text = pdf_text(&work.join("out.pdf"));
    let lacking = missing(&text, &expectations(&root().join("tests/expected/mexico-2012-2015.en.txt")));
    assert!(lacking.is_empty(), "the archive's report lacks:\n  {}", lacking.join("\n  "));

    // The same report as the workspace's own binary and plugins write: byte for byte.
    let reference = scratch.path().join("reference");
    std::fs::create_dir(&reference).expect("reference dir");
    let built = informe()
        .current_dir(&reference)
        .arg("build")
        .arg(fixture())
        .args(["-o", "out.pdf", "-o", "out.ods", "--plugins"])
        .arg(profile_dir())
        .output()
        .expect("run informe");
    assert!(built.status.success(), "{}", String::from_utf8_lossy(&built.stderr));
    for file in ["out.pdf", "out.ods"] {
        let (ours, theirs) = (std::fs::read(work.join(file)).expect("ours"), std::fs::read(reference.join(file)));
        assert!(ours == theirs.expect("reference"), "{file} from the archive differs from the workspace's");
    }

    // new-plugin from the archive vendors the very SDK source the archive ships.
    succeed(bare(&informe_bin, &work, &home).args(["new-plugin", "street-art", "--family", "street-art"]));
    let scaffold = work.join("street-art");
    for file in ["Cargo.toml", "src/lib.rs", "messages/en.ftl"] {
        assert!(scaffold.join(file).is_file(), "the scaffold lacks {file}");
    }
    let vendored = files(&scaffold.join("vendor/informe-plugin"));
    assert!(!vendored.is_empty());
    assert!(
        vendored == files(&release.join("sdk/informe-plugin")),
        "the archive's SDK is not the one new-plugin vendors"
    );
}
