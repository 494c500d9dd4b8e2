//! `cargo xtask dist`: the release archive — the binary, the shipped plugins, the SDK's source,
//! manual pages, completions, README, licence and the example data — as a reproducible `.tar.gz`.
//!
//! Layout (`bin/informe` beside `plugins/`) is what plugin discovery finds with no flag. Everything
//! generated (pages, completions, the SDK) comes from the staged binary itself, so the archive says
//! exactly what that binary would: the SDK is the copy `informe new-plugin` vendors, from one source.

use std::env::consts::{DLL_PREFIX, DLL_SUFFIX, EXE_SUFFIX};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, bail};
use sha2::{Digest, Sha256};

use crate::{cargo, fixture, target_dir, workspace_root};

/// Which cargo profile the archive's binaries come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Release,
    /// `target/debug`, as the tests build it: reused without another optimised build.
    Dev,
}

impl Profile {
    fn name(self) -> &'static str {
        match self {
            Self::Release => "release",
            Self::Dev => "dev",
        }
    }

    /// A release is packed once and downloaded often; a dev archive is packed by the tests.
    fn compression(self) -> flate2::Compression {
        match self {
            Self::Release => flate2::Compression::best(),
            Self::Dev => flate2::Compression::fast(),
        }
    }

    /// The profile's folder inside the cargo target folder.
    fn dir(self) -> &'static str {
        match self {
            Self::Release => "release",
            Self::Dev => "debug",
        }
    }
}

/// What to build and where.
#[derive(Debug)]
pub struct Options {
    profile: Profile,
    out: PathBuf,
}

impl Options {
    pub fn parse(args: &[String]) -> anyhow::Result<Self> {
        let mut profile = Profile::Release;
        let mut out = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--profile" => {
                    profile = match value()?.as_str() {
                        "release" => Profile::Release,
                        "dev" => Profile::Dev,
                        other => bail!("unknown profile `{other}`: expected release or dev"),
                    }
                }
                "--out" => out = Some(PathBuf::from(value()?)),
                other => bail!("unknown dist option `{other}`"),
            }
        }
        // Each profile has a folder of its own, so a dev archive never replaces a release one.
        let out = out.unwrap_or_else(|| target_dir().join("dist").join(profile.name()));
        Ok(Self { profile, out })
    }
}

/// The completion scripts: shell as `informe completions` takes it, file name as each shell's
/// convention (and `clap_complete`) has it.
const COMPLETIONS: [(&str, &str); 5] = [
    ("bash", "informe.bash"),
    ("zsh", "_informe"),
    ("fish", "informe.fish"),
    ("elvish", "informe.elv"),
    ("powershell", "_informe.ps1"),
];

/// Licence files shipped when the workspace has them.
const LICENCES: [&str; 5] = ["LICENSE", "LICENSE-APACHE", "LICENSE-MIT", "COPYING", "NOTICE"];

pub fn run(options: &Options) -> anyhow::Result<()> {
    // The whole workspace, the selection the tests (dev) and the benchmark (release) build, so the
    // archive reuses their compiled artifacts instead of unifying features anew.
    match options.profile {
        Profile::Release => cargo(&["build", "--release", "--workspace"])?,
        Profile::Dev => cargo(&["build", "--workspace"])?,
    }
    let built = target_dir().join(options.profile.dir());
    let informe = built.join(format!("informe{EXE_SUFFIX}"));
    let version = version(&informe)?;
    let name = format!("informe-{version}-{}", host_target()?);
    let epoch = source_date_epoch()?;

    fs::create_dir_all(&options.out).with_context(|| format!("creating {}", options.out.display()))?;
    let staging = options.out.join(format!(".{name}.partial"));
    if staging.exists() {
        fs::remove_dir_all(&staging).with_context(|| format!("removing {}", staging.display()))?;
    }
    stage(&staging, &built)?;
    let folder = options.out.join(&name);
    if folder.exists() {
        fs::remove_dir_all(&folder).with_context(|| format!("removing {}", folder.display()))?;
    }
    fs::rename(&staging, &folder)?;

    let archive = options.out.join(format!("{name}.tar.gz"));
    let partial = options.out.join(format!(".{name}.tar.gz.partial"));
    pack(&folder, &name, epoch, options.profile.compression(), &partial)?;
    fs::rename(&partial, &archive)?;
    let sha256 = hex(&Sha256::digest(fs::read(&archive)?));
    // `sha256sum -c` reads this file beside the archive.
    fs::write(options.out.join(format!("{name}.tar.gz.sha256")), format!("{sha256}  {name}.tar.gz\n"))?;
    println!("{}", archive.display());
    println!("sha256 {sha256}");
    Ok(())
}

/// Fills `dir` with the release's files from the profile folder `built`.
fn stage(dir: &Path, built: &Path) -> anyhow::Result<()> {
    let root = workspace_root();
    let bin = dir.join("bin");
    fs::create_dir_all(&bin)?;
    let informe = bin.join(format!("informe{EXE_SUFFIX}"));
    copy(&built.join(format!("informe{EXE_SUFFIX}")), &informe)?;
    // The small worker isolated plugins run in; without it informe re-executes itself, which
    // costs a whole informe start-up per build.
    let worker = format!("informe-worker{EXE_SUFFIX}");
    copy(&built.join(&worker), &bin.join(&worker))?;

    let plugins = dir.join("plugins");
    fs::create_dir_all(&plugins)?;
    for package in shipped_plugins(&root)? {
        let file = format!("{DLL_PREFIX}{}{DLL_SUFFIX}", package.replace('-', "_"));
        copy(&built.join(&file), &plugins.join(&file))?;
    }

    let man = dir.join("share/man/man1");
    fs::create_dir_all(&man)?;
    run_informe(&informe, |c| c.arg("man").arg("--dir").arg(&man))?;
    let completions = dir.join("share/completions");
    fs::create_dir_all(&completions)?;
    for (shell, file) in COMPLETIONS {
        let script = run_informe(&informe, |c| c.args(["completions", shell]))?.stdout;
        fs::write(completions.join(file), script)?;
    }
    vendored_sdk(&informe, &dir.join("sdk"))?;

    copy(&root.join("README.md"), &dir.join("README.md"))?;
    let licences: Vec<&str> = LICENCES.into_iter().filter(|file| root.join(file).is_file()).collect();
    for file in &licences {
        copy(&root.join(file), &dir.join(file))?;
    }
    if licences.is_empty() {
        eprintln!("warning: the workspace has no licence file ({}): the archive ships none", LICENCES.join(", "));
    }
    let example = fixture();
    let examples = dir.join("examples");
    fs::create_dir_all(&examples)?;
    copy(&example, &examples.join(example.file_name().context("the fixture has a file name")?))?;
    Ok(())
}

/// The package names of the shipped plugins: every crate under `plugins/`.
fn shipped_plugins(root: &Path) -> anyhow::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(root.join("plugins"))? {
        let manifest = entry?.path().join("Cargo.toml");
        if !manifest.is_file() {
            continue;
        }
        let text = fs::read_to_string(&manifest)?;
        let parsed: toml::Table = text.parse().with_context(|| format!("reading {}", manifest.display()))?;
        let name = parsed
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(toml::Value::as_str)
            .with_context(|| format!("{} names no package", manifest.display()))?;
        names.push(name.to_owned());
    }
    if names.is_empty() {
        bail!("no plugin crates in {}", root.join("plugins").display());
    }
    names.sort();
    Ok(names)
}

/// Writes the SDK's source into `sdk/informe-plugin` as the binary's `new-plugin` vendors it
/// (standalone manifest, no tests), by scaffolding a throwaway plugin and keeping its copy.
fn vendored_sdk(informe: &Path, sdk: &Path) -> anyhow::Result<()> {
    let scratch = tempfile::tempdir()?;
    let scaffold = scratch.path().join("sdk-source");
    run_informe(informe, |c| c.args(["new-plugin", "sdk-source", "--family", "sdk-source", "--dir"]).arg(&scaffold))?;
    fs::create_dir_all(sdk)?;
    let vendored = scaffold.join("vendor/informe-plugin");
    if !vendored.join("Cargo.toml").is_file() {
        bail!("`informe new-plugin` vendored no SDK into {}", vendored.display());
    }
    copy_tree(&vendored, &sdk.join("informe-plugin"))
}

/// Runs the staged binary with arguments set by `args`, failing with its stderr.
fn run_informe(informe: &Path, args: impl FnOnce(&mut Command) -> &mut Command) -> anyhow::Result<Output> {
    let mut command = Command::new(informe);
    args(&mut command);
    let output = command.output().with_context(|| format!("running {}", informe.display()))?;
    if !output.status.success() {
        bail!("{command:?} failed:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(output)
}

/// The version `informe --version` states.
fn version(informe: &Path) -> anyhow::Result<String> {
    let output = run_informe(informe, |c| c.arg("--version"))?;
    let text = String::from_utf8(output.stdout)?;
    text.split_whitespace().nth(1).map(str::to_owned).with_context(|| format!("no version in `{}`", text.trim()))
}

/// The target triple the binaries were built for: this host's, as `rustc -vV` names it.
fn host_target() -> anyhow::Result<String> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let output = Command::new(&rustc).arg("-vV").output().with_context(|| format!("running {rustc} -vV"))?;
    let text = String::from_utf8(output.stdout)?;
    text.lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(str::to_owned)
        .with_context(|| format!("{rustc} -vV names no host"))
}

/// The timestamp every archive entry carries: `SOURCE_DATE_EPOCH`, else the time of the commit.
fn source_date_epoch() -> anyhow::Result<u64> {
    if let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") {
        let text = value.to_string_lossy();
        return parse_epoch(&text).with_context(|| format!("SOURCE_DATE_EPOCH `{text}` is not a number of seconds"));
    }
    let output = Command::new("git")
        .current_dir(workspace_root())
        .args(["log", "-1", "--format=%ct"])
        .output()
        .context("running git for the commit's time (or set SOURCE_DATE_EPOCH)")?;
    if !output.status.success() {
        bail!("no commit to date the archive by: set SOURCE_DATE_EPOCH");
    }
    let text = String::from_utf8_lossy(&output.stdout);
    parse_epoch(&text).with_context(|| format!("git gave the commit time `{}`", text.trim()))
}

fn parse_epoch(text: &str) -> anyhow::Result<u64> {
    Ok(text.trim().parse()?)
}

/// Packs the folder `dir` as `name/…` into a gzipped tar at `archive`, reproducibly: entries in
/// byte order of their paths, every one dated `epoch`, owned by 0:0 with no owner names, mode 755
/// for folders and files anyone may execute and 644 for the rest; the gzip header has no time or name.
fn pack(dir: &Path, name: &str, epoch: u64, level: flate2::Compression, archive: &Path) -> anyhow::Result<()> {
    let file = fs::File::create(archive).with_context(|| format!("creating {}", archive.display()))?;
    let gzip = flate2::GzBuilder::new().mtime(0).write(file, level);
    let mut tar = tar::Builder::new(gzip);
    let mut entries = vec![(PathBuf::from(name), dir.to_path_buf())];
    entries.extend(walk(dir)?.into_iter().map(|(relative, path)| (Path::new(name).join(relative), path)));
    for (inside, path) in entries {
        let metadata = fs::symlink_metadata(&path)?;
        let mut header = tar::Header::new_gnu();
        header.set_mtime(epoch);
        header.set_uid(0);
        header.set_gid(0);
        if metadata.is_dir() {
            header.set_entry_type(tar::EntryType::Directory);
            header.set_mode(0o755);
            header.set_size(0);
            tar.append_data(&mut header, &inside, std::io::empty())?;
        } else if metadata.is_file() {
            header.set_entry_type(tar::EntryType::Regular);
            header.set_mode(if executable(&metadata) { 0o755 } else { 0o644 });
            header.set_size(metadata.len());
            tar.append_data(&mut header, &inside, fs::File::open(&path)?)?;
        } else {
            bail!("{} is neither a file nor a folder", path.display());
        }
    }
    let mut gzip = tar.into_inner()?;
    gzip.flush()?;
    gzip.finish()?.sync_all()?;
    Ok(())
}

/// Every file and folder under `dir` (relative path, path), sorted by relative path.
fn walk(dir: &Path) -> anyhow::Result<Vec<(PathBuf, PathBuf)>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path.clone());
            }
            found.push((path.strip_prefix(dir)?.to_path_buf(), path));
        }
    }
    // Directory order differs between file systems; the archive's must not.
    found.sort();
    Ok(found)
}

#[cfg(unix)]
fn executable(metadata: &fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    metadata.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn executable(_metadata: &fs::Metadata) -> bool {
    false
}

fn copy(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::copy(from, to).with_context(|| format!("copying {} to {}", from.display(), to.display()))?;
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(to)?;
    for (relative, path) in walk(from)? {
        if path.is_dir() {
            fs::create_dir_all(to.join(relative))?;
        } else {
            copy(&path, &to.join(relative))?;
        }
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(root: &Path, files: &[(&str, &str)]) {
        for (path, contents) in files {
            let path = root.join(path);
            fs::create_dir_all(path.parent().expect("parent")).expect("dir");
            fs::write(path, contents).expect("file");
        }
    }

    /// The entries of a packed archive: (path, mode, mtime, uid, gid, owner name, size).
    fn listing(archive: &Path) -> Vec<(String, u32, u64, u64, u64, String, u64)> {
        let gzip = flate2::read::GzDecoder::new(fs::File::open(archive).expect("archive"));
        let mut tar = tar::Archive::new(gzip);
        tar.entries()
            .expect("entries")
            .map(|entry| {
                let entry = entry.expect("entry");
                let header = entry.header();
                (
                    entry.path().expect("path").display().to_string(),
                    header.mode().expect("mode"),
                    header.mtime().expect("mtime"),
                    header.uid().expect("uid"),
                    header.gid().expect("gid"),
                    header.username().expect("name").unwrap_or_default().to_owned(),
                    header.size().expect("size"),
                )
            })
            .collect()
    }

    #[test]
    fn packing_is_sorted_dated_and_owned_the_same_whatever_the_disk_says() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let (a, b) = (scratch.path().join("a"), scratch.path().join("b"));
        // The same files, created in opposite orders, so directory order and times differ.
        let files = [("bin/tool", "#!/bin/sh\n"), ("README.md", "read me\n"), ("share/x/long-name.1", "page")];
        tree(&a, &files);
        let mut reversed = files;
        reversed.reverse();
        std::thread::sleep(std::time::Duration::from_millis(20));
        tree(&b, &reversed);
        #[cfg(unix)]
        for dir in [&a, &b] {
            use std::os::unix::fs::PermissionsExt as _;
            fs::set_permissions(dir.join("bin/tool"), fs::Permissions::from_mode(0o700)).expect("chmod");
        }
        fs::set_permissions(b.join("README.md"), {
            let mut p = fs::metadata(b.join("README.md")).expect("meta").permissions();
            p.set_readonly(true);
            p
        })
        .expect("read-only");

        let (one, two) = (scratch.path().join("one.tar.gz"), scratch.path().join("two.tar.gz"));
        let level = flate2::Compression::default();
        pack(&a, "informe-9.9.9-test", 1_700_000_000, level, &one).expect("pack a");
        pack(&b, "informe-9.9.9-test", 1_700_000_000, level, &two).expect("pack b");
        assert_eq!(fs::read(&one).expect("one"), fs::read(&two).expect("two"), "same files, different bytes");

        let entries = listing(&one);
        let paths: Vec<&str> = entries.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(
            paths,
            [
                "informe-9.9.9-test",
                "informe-9.9.9-test/README.md",
                "informe-9.9.9-test/bin",
                "informe-9.9.9-test/bin/tool",
                "informe-9.9.9-test/share",
                "informe-9.9.9-test/share/x",
                "informe-9.9.9-test/share/x/long-name.1",
            ]
        );
        let modes: Vec<u32> = entries.iter().map(|e| e.1).collect();
        let tool_mode = if cfg!(unix) { 0o755 } else { 0o644 };
        assert_eq!(modes, [0o755, 0o644, 0o755, tool_mode, 0o755, 0o755, 0o644]);
        for (path, _, mtime, uid, gid, owner, _) in &entries {
            assert_eq!((*mtime, *uid, *gid, owner.as_str()), (1_700_000_000, 0, 0, ""), "{path}");
        }
        assert_eq!(entries[1].6, 8, "README.md's size");

        // Another date is another archive: the date is all that SOURCE_DATE_EPOCH changes.
        let three = scratch.path().join("three.tar.gz");
        pack(&a, "informe-9.9.9-test", 1_600_000_000, level, &three).expect("pack again");
        assert_ne!(fs::read(&one).expect("one"), fs::read(&three).expect("three"));
    }

    #[test]
    fn a_path_longer_than_a_tar_header_holds_is_kept_whole() {
        let scratch = tempfile::tempdir().expect("temp dir");
        let long = format!("sdk/informe-plugin/src/{}/lib.rs", "nested-folder-name".repeat(6));
        tree(&scratch.path().join("in"), &[(long.as_str(), "//! x\n")]);
        let archive = scratch.path().join("long.tar.gz");
        pack(
            &scratch.path().join("in"),
            "informe-0.1.0-x86_64-unknown-linux-gnu",
            1,
            flate2::Compression::fast(),
            &archive,
        )
        .expect("pack");
        let wanted = format!("informe-0.1.0-x86_64-unknown-linux-gnu/{long}");
        assert!(wanted.len() > 100);
        assert!(listing(&archive).iter().any(|e| e.0 == wanted), "{wanted} lost");
    }

    #[test]
    fn source_date_epoch_is_whole_seconds() {
        assert_eq!(parse_epoch("1700000000\n").expect("seconds"), 1_700_000_000);
        for bad in ["", "-1", "1.5", "soon"] {
            assert!(parse_epoch(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn every_crate_under_plugins_is_shipped() {
        let names = shipped_plugins(&workspace_root()).expect("plugins");
        assert!(names.contains(&"informe-plugin-music".to_owned()), "{names:?}");
        assert!(names.iter().all(|n| n.starts_with("informe-plugin-")), "{names:?}");
        let crates = fs::read_dir(workspace_root().join("plugins")).expect("plugins/").count();
        assert_eq!(names.len(), crates);
    }
}
