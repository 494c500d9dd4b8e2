//! Shared helpers of the end-to-end tests: building the workspace, running the binary, reading PDFs.

pub mod words;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// The cargo profile folder the tests run from (`target/debug`).
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable path");
    // target/debug/deps/<test> → target/debug
    exe.parent().and_then(Path::parent).expect("test executable in target/<profile>/deps").to_path_buf()
}

/// Builds the binary, the shipped plugins and the test plugins once per test process.
///
/// `cargo test` does not produce cdylib artifacts or the binary of another package, so the tests
/// build them the way a user does, into the same target folder (cheap when up to date).
pub fn ensure_built() {
    static BUILT: OnceLock<()> = OnceLock::new();
    BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .current_dir(root())
            // The same selection as `cargo test --workspace` and `cargo xtask report`: one feature
            // set, so nothing is compiled twice.
            .args(["build", "--quiet", "--workspace"])
            .status()
            .expect("run cargo build");
        assert!(status.success(), "cargo build of the workspace failed");
    });
}

/// The path of a cdylib built from the workspace package `package`.
pub fn library(package: &str) -> PathBuf {
    ensure_built();
    let file = format!("{}{}{}", std::env::consts::DLL_PREFIX, package.replace('-', "_"), std::env::consts::DLL_SUFFIX);
    let path = profile_dir().join(file);
    assert!(path.is_file(), "{} was not built", path.display());
    path
}

/// A command running the built `informe` with a clean plugin environment.
pub fn informe() -> Command {
    ensure_built();
    let mut command = Command::new(profile_dir().join(format!("informe{}", std::env::consts::EXE_SUFFIX)));
    command.env_remove("INFORME_PLUGIN_PATH").env_remove("SOURCE_DATE_EPOCH");
    command
}

/// The file name of the shared library of crate `stem` on this platform (`libstem.so` on Linux).
pub fn dll_name(stem: &str) -> String {
    format!("{}{stem}{}", std::env::consts::DLL_PREFIX, std::env::consts::DLL_SUFFIX)
}

/// A `cargo` command for a crate outside the workspace: run in `dir`, building into `target`.
///
/// The cargo running the tests (`CARGO`) is used when known, so the toolchain is the same; the
/// separate target folder keeps the workspace's build lock and artifacts out of it.
pub fn cargo(dir: &Path, target: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(dir).env("CARGO_TARGET_DIR", target);
    command
}

/// The shipped fixture.
pub fn fixture() -> PathBuf {
    root().join("fixtures/mexico-2012-2015.json")
}

/// Runs `command`, returning its output; panics with stderr if it could not start.
pub fn run(command: &mut Command) -> Output {
    command.output().expect("start informe")
}

/// stderr as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The text of a PDF as one line: words joined across line ends, hyphenation undone both ways.
///
/// Returns two renderings joined by a newline (hyphen dropped, hyphen kept), so a phrase split
/// across lines by hyphenation is found either way.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext failed on {}", pdf.display());
    let raw = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
    // Typst uses a narrow no-break space, no-break spaces and word joiners in places.
    let raw = raw.replace(['\u{202f}', '\u{a0}'], " ").replace('\u{2060}', "");
    let collapse = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let raw = raw.replace("\u{ad}\n", "").replace('\u{ad}', "");
    let dropped = collapse(raw.replace("-\n", ""));
    let kept = collapse(raw.replace("-\n", "-"));
    format!("{dropped}\n{kept}")
}

/// Lines of an expectations file (`a|b` = either form); blank lines and `#` comments skipped.
pub fn expectations(file: &Path) -> Vec<Vec<String>> {
    std::fs::read_to_string(file)
        .unwrap_or_else(|e| panic!("read {}: {e}", file.display()))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::to_owned).collect())
        .collect()
}

/// The expectations that `text` fails, by their first form.
pub fn missing(text: &str, expected: &[Vec<String>]) -> Vec<String> {
    expected.iter().filter(|alts| !alts.iter().any(|a| text.contains(a.as_str()))).map(|alts| alts[0].clone()).collect()
}

/// Every sheet of an ODS file as LibreOffice computes and shows it: sheet name → rows of cells.
///
/// LibreOffice recalculates the formulas on load, so totals here are LibreOffice's own results.
pub fn libreoffice_sheets(ods: &Path) -> std::collections::BTreeMap<String, Vec<Vec<String>>> {
    let work = tempfile::tempdir().expect("temp dir");
    // A private profile per call lets tests run LibreOffice in parallel.
    let profile = format!("-env:UserInstallation=file://{}", work.path().join("profile").display());
    let copy = work.path().join("book.ods");
    std::fs::copy(ods, &copy).expect("copy workbook");
    // Filter options: comma, double quote, UTF-8, from row 1, formatted as shown, every sheet (-1).
    let status = Command::new("soffice")
        .arg(&profile)
        .args([
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        ])
        .arg("--outdir")
        .arg(work.path())
        .arg(&copy)
        .output()
        .expect("run soffice (install libreoffice-calc-nogui)");
    assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
    let mut sheets = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(work.path()).expect("list") {
        let path = entry.expect("entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_prefix("book-")) else {
            continue;
        };
        let name = name.trim_end_matches(".csv").to_owned();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_path(&path).expect("csv");
        let rows = reader.records().map(|r| r.expect("record").iter().map(str::to_owned).collect()).collect();
        sheets.insert(name, rows);
    }
    assert!(!sheets.is_empty(), "LibreOffice wrote no sheets");
    sheets
}

/// Writes the fixture, changed by `edit`, to `dir/name` and returns its path.
pub fn fixture_with(dir: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let text = std::fs::read_to_string(fixture()).expect("read fixture");
    let mut report: serde_json::Value = serde_json::from_str(&text).expect("fixture is JSON");
    edit(&mut report);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&report).expect("encode")).expect("write data");
    path
}

/// The fixture with one more program in its first measure.
pub fn fixture_with_program(dir: &Path, name: &str, program: serde_json::Value) -> PathBuf {
    fixture_with(dir, name, |report| {
        report["measures"][0]["programs"].as_array_mut().expect("programs").push(program);
    })
}

/// A fresh `plugins` folder in `dir` holding the libraries of the workspace `packages`.
pub fn plugins_folder(dir: &Path, packages: &[&str]) -> PathBuf {
    let folder = dir.join("plugins");
    std::fs::create_dir_all(&folder).expect("plugins dir");
    for package in packages {
        let from = library(package);
        std::fs::copy(&from, folder.join(from.file_name().expect("file name"))).expect("copy plugin");
    }
    folder
}

/// How many pixels of page `page` of `pdf` have (within 3 per channel) the colour `#rrggbb`,
/// rendered by pdftoppm at a low resolution.
pub fn pixels_of_color(pdf: &Path, page: usize, hex: &str) -> usize {
    let channel = |i: usize| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("hex colour");
    let want = [channel(0), channel(1), channel(2)];
    let out = Command::new("pdftoppm")
        .args(["-r", "40", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .output()
        .expect("run pdftoppm (install poppler-utils)");
    assert!(out.status.success(), "pdftoppm failed on {}", pdf.display());
    // Binary PPM: "P6\n<width> <height>\n<max>\n" then RGB triples.
    let bytes = out.stdout;
    let mut fields = 0;
    let mut start = 0;
    for (i, byte) in bytes.iter().enumerate() {
        if byte.is_ascii_whitespace() && i > 0 && !bytes[i - 1].is_ascii_whitespace() {
            fields += 1;
            if fields == 4 {
                start = i + 1;
                break;
            }
        }
    }
    bytes[start..].chunks_exact(3).filter(|px| px.iter().zip(want).all(|(got, want)| got.abs_diff(want) <= 3)).count()
}

/// The PDF's bookmarks (its outline), depth first: each with its depth, 0 for a top-level one.
pub fn bookmarks(pdf: &Path) -> Vec<(usize, String)> {
    let out = Command::new("qpdf")
        .args(["--json", "--json-key=outlines"])
        .arg(pdf)
        .output()
        .expect("run qpdf (install qpdf)");
    assert!(out.status.success(), "qpdf failed on {}", pdf.display());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("qpdf writes JSON");
    fn walk(items: &serde_json::Value, depth: usize, out: &mut Vec<(usize, String)>) {
        for item in items.as_array().into_iter().flatten() {
            out.push((depth, item["title"].as_str().unwrap_or_default().to_owned()));
            walk(&item["kids"], depth + 1, out);
        }
    }
    let mut found = Vec::new();
    walk(&json["outlines"], 0, &mut found);
    found
}

/// The PDF's bookmarks as lines, each indented by two spaces per level: an expectation's text.
pub fn bookmark_lines(pdf: &Path) -> Vec<String> {
    bookmarks(pdf).into_iter().map(|(depth, title)| format!("{}{title}", "  ".repeat(depth))).collect()
}

/// `informe watch ARGS --plugins <profile>` running, its stderr read line by line as it comes;
/// stopped when dropped.
#[derive(Debug)]
pub struct Watching {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Watching {
    pub fn start<I: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = I>) -> Self {
        use std::io::BufRead;

        let mut child = informe()
            .arg("watch")
            .args(args)
            .arg("--plugins")
            .arg(profile_dir())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start the watch");
        let stderr_pipe = child.stderr.take().expect("stderr");
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr_pipe).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Self { child, lines }
    }

    /// The next line holding `needle`, waiting up to two minutes (a rebuild under load).
    pub fn wait_for(&self, needle: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => panic!("the watch never printed `{needle}`"),
            }
        }
    }

    /// Every line printed within `time` from now.
    pub fn lines_within(&self, time: std::time::Duration) -> Vec<String> {
        let until = std::time::Instant::now() + time;
        let mut lines = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(until.saturating_duration_since(std::time::Instant::now())) {
            lines.push(line);
        }
        lines
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
