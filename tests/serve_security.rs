//! What `informe serve` refuses: a request without the token or with a wrong one, any path that
//! leads out of the served folder (`..`, an absolute path, a link out), a body over the limit; and
//! where it listens: the loopback address unless told otherwise, loudly.

#[path = "serve_common.rs"]
mod serve_common;

use serve_common::{Server, fixture_text, folder_with_fixture, raw};

/// Every route, as (method, path).
const ROUTES: &[(&str, &str)] = &[
    ("GET", "/"),
    ("GET", "/assets/app.js"),
    ("GET", "/api/session"),
    ("GET", "/api/schema"),
    ("GET", "/api/labels?lang=en"),
    ("GET", "/api/institutions"),
    ("GET", "/api/files"),
    ("GET", "/api/file?path=mexico.json"),
    ("PUT", "/api/file?path=mexico.json"),
    ("GET", "/api/draft?path=mexico.json"),
    ("PUT", "/api/draft?path=mexico.json"),
    ("DELETE", "/api/draft?path=mexico.json"),
    ("POST", "/api/check?path=mexico.json"),
    ("POST", "/api/build?path=mexico.json&format=pdf"),
    ("POST", "/api/preview?path=mexico.json"),
    ("GET", "/no/such/page"),
];

#[test]
fn every_route_needs_the_token() {
    let (dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let original = std::fs::read(&file).expect("read");
    // The token with its last digit changed: a token ending in `0` must not get `0` again.
    let last = if server.token.ends_with('0') { '1' } else { '0' };
    let wrong = format!("{}{last}", &server.token[..server.token.len() - 1]);
    let cookie_name = format!("informe-token-{}", server.base.rsplit(':').next().expect("port"));
    for (method, path) in ROUTES {
        let url = format!("{}{path}", server.base);
        let body = Some(&b"{}"[..]);
        let bearer = format!("Bearer {wrong}");
        let cookie = format!("{cookie_name}={wrong}");
        let in_query = format!("{url}{}token={wrong}", if path.contains('?') { "&" } else { "?" });
        let attempts: [(&str, Vec<(&str, &str)>); 4] = [
            (&url, vec![]),
            (&url, vec![("Authorization", &bearer)]),
            (&url, vec![("Cookie", &cookie)]),
            (&in_query, vec![]),
        ];
        for (url, headers) in attempts {
            let answer = raw(method, url, &headers, body);
            assert_eq!(answer.status, 401, "{method} {url} {headers:?}: {}", answer.text());
            assert_eq!(answer.header("www-authenticate"), Some("Bearer"));
        }
    }
    assert_eq!(std::fs::read(&file).expect("read"), original, "a refused request wrote the file");
    assert!(!dir.path().join(".informe").exists(), "a refused request wrote a draft");
    // Another server's token opens nothing here.
    let (_other_dir, other_file) = folder_with_fixture();
    let other = Server::start(&other_file, &[]);
    let answer = raw(
        "GET",
        &format!("{}/api/schema", server.base),
        &[("Authorization", &format!("Bearer {}", other.token))],
        None,
    );
    assert_eq!(answer.status, 401);
}

#[test]
fn the_address_s_token_becomes_a_strict_http_only_cookie_and_leaves_the_address() {
    let (_dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    assert!(server.url.starts_with("http://127.0.0.1:") && server.url.contains("/?token="), "{}", server.url);
    assert_eq!(server.token.len(), 64);
    let opened = raw("GET", &server.url, &[], None);
    assert_eq!(opened.status, 303);
    assert_eq!(opened.header("location"), Some("/"));
    let cookie = opened.header("set-cookie").expect("a cookie").to_owned();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    let pair = cookie.split(';').next().expect("name=value");
    let page = raw("GET", &format!("{}/", server.base), &[("Cookie", pair)], None);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("<html lang="), "{}", page.text());
    let csp = page.header("content-security-policy").expect("a content security policy");
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    let api = raw("GET", &format!("{}/api/session", server.base), &[("Cookie", pair)], None);
    assert_eq!(api.status, 200);
}

#[test]
fn no_path_out_of_the_served_folder_is_read_or_written() {
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.json"), "{\"secret\": true}").expect("write");
    let (dir, file) = folder_with_fixture();
    std::os::unix::fs::symlink(outside.path().join("secret.json"), dir.path().join("link.json")).expect("link");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).expect("link");
    let server = Server::start(&file, &[]);
    let secret = outside.path().join("secret.json");
    let escapes = [
        "../secret.json".to_owned(),
        secret.display().to_string(),
        "link.json".to_owned(),
        "out/secret.json".to_owned(),
        "out/new.json".to_owned(),
        "./../x.json".to_owned(),
    ];
    let text = fixture_text(|_| {});
    for path in &escapes {
        let query = path.replace('/', "%2F");
        for (method, route) in [
            ("GET", "/api/file"),
            ("PUT", "/api/file"),
            ("GET", "/api/draft"),
            ("PUT", "/api/draft"),
            ("POST", "/api/check"),
            ("POST", "/api/build"),
            ("POST", "/api/preview"),
        ] {
            let url = format!("{route}?path={query}&format=pdf");
            let answer = match method {
                "GET" => server.get(&url),
                "PUT" => server.put(&url, &text),
                _ => server.post(&url, &text),
            };
            assert!(matches!(answer.status, 403 | 404), "{method} {url}: {} {}", answer.status, answer.text());
            assert!(!answer.text().contains("\"secret\""), "{method} {url} read outside: {}", answer.text());
        }
    }
    assert_eq!(std::fs::read_to_string(&secret).expect("read"), "{\"secret\": true}");
    assert_eq!(std::fs::read_dir(outside.path()).expect("list").count(), 1, "a file was written outside");
    assert!(!server.get("/api/files").text().contains("secret"), "a file outside is listed");

    // The data cannot lead out either: an institution folder or a part outside the folder.
    std::fs::create_dir(outside.path().join("inst")).expect("mkdir");
    std::fs::write(outside.path().join("inst/institution.toml"), "short_name = \"X\"\nname = \"X\"\n").expect("write");
    let named = fixture_text(|report| report["institution"] = outside.path().join("inst").display().to_string().into());
    let answer = server.post("/api/check?path=mexico.json", &named).json();
    let refused = answer["diagnostics"].as_array().expect("diagnostics");
    assert!(refused.iter().any(|d| d["path"] == "institution" && d["severity"] == "error"), "{answer}");
    let answer = server
        .post(&format!("/api/check?path=mexico.json&institution={}", outside.path().join("inst").display()), &text)
        .json();
    assert_eq!(answer["ok"], false, "{answer}");
    let included = fixture_text(|report| report["include"] = serde_json::json!(["../secret.json"]));
    let answer = server.post("/api/check?path=mexico.json", &included).json();
    assert_eq!(answer["ok"], false, "{answer}");
    drop(dir);
}

#[test]
fn a_body_over_the_limit_is_refused_and_the_server_carries_on() {
    let (_dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let huge = vec![b' '; (16 << 20) + 1];
    for route in
        ["/api/check?path=mexico.json", "/api/preview?path=mexico.json", "/api/build?path=mexico.json&format=pdf"]
    {
        let answer = server.post(route, &huge);
        assert_eq!(answer.status, 413, "{route}: {}", answer.text());
    }
    assert_eq!(server.put("/api/file?path=mexico.json", &huge).status, 413);
    assert_eq!(server.put("/api/draft?path=mexico.json", &huge).status, 413);
    let fine = server.post("/api/check?path=mexico.json", &std::fs::read(&file).expect("read"));
    assert_eq!(fine.status, 200);
    assert_eq!(fine.json()["ok"], true);
}

/// The local addresses the process `pid` listens on, from /proc/net/tcp{,6}, by its sockets.
fn listening(pid: u32, port: u16) -> Vec<String> {
    let inodes: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("list fds")
        .filter_map(Result::ok)
        .filter_map(|fd| std::fs::read_link(fd.path()).ok())
        .filter_map(|target| target.to_str()?.strip_prefix("socket:[")?.strip_suffix(']').map(str::to_owned))
        .collect();
    let mut found = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = std::fs::read_to_string(table).unwrap_or_default();
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            // local address, state 0A (listening), inode
            let (local, state, inode) = (fields[1], fields[3], fields[9]);
            let (address, hex_port) = local.split_once(':').expect("address:port");
            if state == "0A" && inodes.iter().any(|i| i == inode) && u16::from_str_radix(hex_port, 16) == Ok(port) {
                found.push(address.to_owned());
            }
        }
    }
    found
}

#[test]
fn it_listens_on_the_loopback_address_unless_told_otherwise_and_then_warns() {
    let (_dir, file) = folder_with_fixture();
    let server = Server::start(&file, &[]);
    let port: u16 = server.base.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port");
    // 127.0.0.1, as /proc/net/tcp writes it (little-endian hex).
    assert_eq!(listening(server.pid(), port), ["0100007F"]);
    assert!(!server.stderr().contains("warning"), "{}", server.stderr());

    let open = Server::start(&file, &["--bind", "0.0.0.0"]);
    let port: u16 = open.base.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port");
    assert_eq!(listening(open.pid(), port), ["00000000"]);
    // The warning follows the address on the terminal.
    let mut warned = String::new();
    for _ in 0..50 {
        warned = open.stderr();
        if warned.contains("warning") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(warned.contains("warning: listening on 0.0.0.0, which other machines may reach"), "{warned}");
    let refused = informe_tests::informe()
        .args(["serve", "--in-process-plugins", "--port", "0"])
        .arg(&file)
        .output()
        .expect("run");
    assert_eq!(refused.status.code(), Some(2), "{}", String::from_utf8_lossy(&refused.stderr));
    assert!(refused.stdout.is_empty());
}
