//! Shared by the tests of `informe serve`: a server started on a free port of the loopback
//! address, with its address and token read from the first line it prints, and an HTTP client.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running `informe serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    pub token: String,
    /// The first line it printed: the address to open, with the token.
    pub url: String,
    logs: tempfile::TempDir,
}

/// An HTTP answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", String::from_utf8_lossy(&self.body)))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of header `name` (case-insensitive), if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A client that reports every status as it is and follows no redirect.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into()
}

/// A request to `url` with `headers` and, for POST and PUT, `body`; no token added.
pub fn raw(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> Answer {
    let agent = agent();
    let answer = match method {
        "GET" | "DELETE" => {
            let mut request = if method == "GET" { agent.get(url) } else { agent.delete(url) };
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request.call()
        }
        _ => {
            let mut request = if method == "PUT" { agent.put(url) } else { agent.post(url) };
            for (name, value) in headers {
                request = request.header(*name, *value);
            }
            request.send(body.unwrap_or_default())
        }
    };
    let mut response = answer.unwrap_or_else(|err| panic!("{method} {url}: {err}"));
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.to_str().unwrap_or_default().to_owned()))
        .collect();
    let status = response.status().as_u16();
    let body = response.body_mut().with_config().limit(256 << 20).read_to_vec().expect("read the body");
    Answer { status, headers, body }
}

impl Server {
    /// `informe serve TARGET --port 0 ARGS…`, run in `cwd`.
    pub fn start_in(cwd: &Path, target: &Path, args: &[&str]) -> Self {
        let logs = tempfile::tempdir().expect("temp dir");
        let stderr = std::fs::File::create(logs.path().join("stderr")).expect("stderr file");
        let mut command: Command = informe_tests::informe();
        command.current_dir(cwd).arg("serve").arg(target).args(["--port", "0"]).args(args);
        let mut child = command.stdout(Stdio::piped()).stderr(stderr).spawn().expect("start informe serve");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("stdout");
        BufReader::new(stdout).read_line(&mut line).expect("read the first line");
        let url = line.trim().to_owned();
        let Some((base, token)) = url.split_once("/?token=") else {
            let _ = child.kill();
            let _ = child.wait();
            let err = std::fs::read_to_string(logs.path().join("stderr")).unwrap_or_default();
            panic!("informe serve printed {url:?} first, not its address; stderr:\n{err}");
        };
        Self { base: base.to_owned(), token: token.to_owned(), url: url.clone(), child, logs }
    }

    /// `informe serve TARGET --port 0 ARGS…`.
    pub fn start(target: &Path, args: &[&str]) -> Self {
        Self::start_in(&informe_tests::root(), target, args)
    }

    fn bearer(&self) -> String {
        format!("Bearer {}", self.token)
    }

    pub fn get(&self, path: &str) -> Answer {
        raw("GET", &format!("{}{path}", self.base), &[("Authorization", &self.bearer())], None)
    }

    pub fn delete(&self, path: &str) -> Answer {
        raw("DELETE", &format!("{}{path}", self.base), &[("Authorization", &self.bearer())], None)
    }

    pub fn post(&self, path: &str, body: &[u8]) -> Answer {
        raw("POST", &format!("{}{path}", self.base), &[("Authorization", &self.bearer())], Some(body))
    }

    pub fn put(&self, path: &str, body: &[u8]) -> Answer {
        raw("PUT", &format!("{}{path}", self.base), &[("Authorization", &self.bearer())], Some(body))
    }

    /// What the server wrote on stderr so far.
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(self.logs.path().join("stderr")).unwrap_or_default()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the server process is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The server's peak resident memory so far, in KiB (`VmHWM` of /proc).
    pub fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).expect("read /proc status");
        let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM in /proc status");
        line.split_whitespace().nth(1).and_then(|n| n.parse().ok()).expect("a number of kB")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh folder holding a copy of the fixture as `mexico.json`, the name the tests serve it by.
pub fn folder_with_fixture() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mexico.json");
    std::fs::copy(informe_tests::fixture(), &file).expect("copy the fixture");
    (dir, file)
}

/// The fixture's text with `edit` applied, as the page would send it.
pub fn fixture_text(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let text = std::fs::read_to_string(informe_tests::fixture()).expect("read the fixture");
    let mut report: serde_json::Value = serde_json::from_str(&text).expect("the fixture is JSON");
    edit(&mut report);
    serde_json::to_vec_pretty(&report).expect("encode")
}

/// `informe build` run in `dir` on its file `data`, writing `output` (a name in `dir`) with `args`;
/// the bytes written.
pub fn cli_build(dir: &Path, data: &str, output: &str, args: &[&str]) -> Vec<u8> {
    let out = informe_tests::informe()
        .current_dir(dir)
        .args(["build", data, "-o", output])
        .args(args)
        .output()
        .expect("run informe build");
    assert!(out.status.success(), "informe build failed: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(dir.join(output)).expect("read the output")
}
