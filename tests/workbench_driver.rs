//! A small WebDriver client (the W3C protocol, JSON over HTTP) driving Debian's headless Chromium
//! through `chromedriver`: sessions, navigation, elements, keys, scripts, screenshots.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The key W3C WebDriver names an element reference by.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running chromedriver with one browser session, both ended when dropped.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    /// The browser's fresh profile and its download folder.
    pub profile: tempfile::TempDir,
    pub downloads: PathBuf,
}

/// An element of the page.
#[derive(Debug, Clone)]
pub struct Element(String);

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("address").port()
}

fn call(method: &str, url: &str, body: Option<Value>) -> Value {
    let agent = super::serve_common::agent();
    let answer = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(serde_json::to_vec(&body.unwrap_or_else(|| json!({}))).expect("encode").as_slice()),
    };
    let mut response = answer.unwrap_or_else(|err| panic!("WebDriver {method} {url}: {err}"));
    let text = response.body_mut().with_config().limit(64 << 20).read_to_string().expect("read");
    let value: Value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("WebDriver answered {text}"));
    if let Some(error) = value["value"]["error"].as_str() {
        panic!("WebDriver {method} {url}: {error}: {}", value["value"]["message"]);
    }
    value["value"].clone()
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with a fresh profile, as the README's tests
    /// need it: no sandbox (containers), no GPU, no network of its own, no first-run screens.
    pub fn start() -> Self {
        for tool in ["chromium", "chromedriver"] {
            let found = Command::new("sh").args(["-c", &format!("command -v {tool}")]).output().expect("sh");
            assert!(found.status.success(), "{tool} is not installed (apt-get install chromium chromium-driver)");
        }
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        loop {
            let ready = super::serve_common::agent().get(format!("{base}/status")).call();
            if ready.is_ok_and(|r| r.status() == 200) {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(30), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let downloads = profile.path().join("downloads");
        std::fs::create_dir(&downloads).expect("downloads dir");
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    format!("--user-data-dir={}", profile.path().join("chromium").display()),
                    "--window-size=1400,1000", "--lang=en-US",
                ],
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                },
            },
        }}});
        let mut browser = Self { driver, base, session: String::new(), profile, downloads };
        let created = call("POST", &format!("{}/session", browser.base), Some(capabilities));
        browser.session = created["sessionId"].as_str().expect("session id").to_owned();
        browser
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{path}", self.base, self.session)
    }

    pub fn go(&self, url: &str) {
        call("POST", &self.url("/url"), Some(json!({ "url": url })));
    }

    /// Runs `script` (a function body; `arguments` holds `args`) in the page, returning its value.
    pub fn js(&self, script: &str, args: Value) -> Value {
        call("POST", &self.url("/execute/sync"), Some(json!({ "script": script, "args": args })))
    }

    /// The first element matching the CSS `selector`.
    pub fn find(&self, selector: &str) -> Element {
        let found = call("POST", &self.url("/element"), Some(json!({ "using": "css selector", "value": selector })));
        Element(found[ELEMENT].as_str().expect("element").to_owned())
    }

    pub fn click(&self, element: &Element) {
        call("POST", &self.url(&format!("/element/{}/click", element.0)), None);
    }

    pub fn clear(&self, element: &Element) {
        call("POST", &self.url(&format!("/element/{}/clear", element.0)), None);
    }

    /// Types `text` into `element` as a user would, key by key.
    pub fn type_in(&self, element: &Element, text: &str) {
        call("POST", &self.url(&format!("/element/{}/value", element.0)), Some(json!({ "text": text })));
    }

    /// The element's rendered text.
    pub fn text(&self, element: &Element) -> String {
        call("GET", &self.url(&format!("/element/{}/text", element.0)), None).as_str().unwrap_or_default().to_owned()
    }

    /// Picks the option of value `value` of the `<select>` `selector` by clicking it.
    pub fn choose(&self, selector: &str, value: &str) {
        let option = self.find(&format!("{selector} option[value=\"{value}\"]"));
        self.click(&option);
    }

    /// Presses `keys` (WebDriver key codes allowed) on whatever has the focus.
    pub fn press(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|c| {
                [json!({"type": "keyDown", "value": c.to_string()}), json!({"type": "keyUp", "value": c.to_string()})]
            })
            .collect();
        call(
            "POST",
            &self.url("/actions"),
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})),
        );
    }

    /// Waits until `script` returns a true value, or panics naming `what` after `within`.
    pub fn wait_for(&self, what: &str, within: Duration, script: &str, args: Value) -> Value {
        let started = Instant::now();
        loop {
            let value = self.js(script, args.clone());
            if !(value.is_null() || value == json!(false) || value == json!("")) {
                return value;
            }
            assert!(started.elapsed() < within, "waited {within:?} for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A PNG of the browser's window, written to `file`.
    pub fn screenshot(&self, file: &Path) {
        use std::io::Write;
        let data = call("GET", &self.url("/screenshot"), None);
        let png = decode_base64(data.as_str().expect("base64"));
        let mut out = std::fs::File::create(file).expect("screenshot file");
        out.write_all(&png).expect("write screenshot");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = super::serve_common::agent().delete(self.url("")).call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Standard base64, as WebDriver sends screenshots.
fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for sextet in text.bytes().filter_map(value) {
        buffer = (buffer << 6) | u32::from(sextet);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}
