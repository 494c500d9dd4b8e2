//! A bounded load on the loopback address: sixteen checks and four builds sent at once, twice
//! over, each answered as if it were alone (the same totals, the very bytes of `informe build`),
//! while the server's resident memory stays under a bound.

#[path = "serve_common.rs"]
mod serve_common;

use std::sync::{Arc, Barrier};

use serve_common::{Server, cli_build, fixture_text, folder_with_fixture};

/// Requests of each kind sent at once.
const CHECKS: usize = 16;
const BUILDS: usize = 4;

/// The most resident memory the server may reach under this load, in MiB (67 measured on two
/// cores): the work is held to one report per core and Typst's cache to its recent compiles, so
/// more requests wait instead of each taking memory.
const PEAK_RSS_MIB: u64 = 256;

#[test]
fn concurrent_checks_and_builds_all_answer_right_within_bounded_memory() {
    let (dir, file) = folder_with_fixture();
    let server = Arc::new(Server::start(&file, &[]));
    let expected_pdf = Arc::new(cli_build(dir.path(), "mexico.json", "cli.pdf", &[]));
    // Each check its own figure, so that no answer can stand for another.
    let texts: Vec<Vec<u8>> = (0..CHECKS)
        .map(|i| {
            fixture_text(|report| {
                report["measures"][0]["programs"][0]["financial_resources"]["paid"][0]["amount"] =
                    format!("{}", 480_000 + i).into();
            })
        })
        .collect();
    let pdf_text = Arc::new(std::fs::read(&file).expect("read"));
    for round in 0..2 {
        let barrier = Arc::new(Barrier::new(CHECKS + BUILDS));
        let mut handles = Vec::new();
        for (i, text) in texts.iter().cloned().enumerate() {
            let (server, barrier) = (Arc::clone(&server), Arc::clone(&barrier));
            handles.push(std::thread::spawn(move || {
                barrier.wait();
                let answer = server.post("/api/check?path=mexico.json", &text);
                assert_eq!(answer.status, 200, "round {round}, check {i}: {}", answer.text());
                let body = answer.json();
                assert_eq!(body["ok"], true, "{body}");
                // 3,365,000 paid in USD over the six programs, the first one's 480,000 raised by i.
                let paid = body["totals"]["report"][1]["paid"].as_str().expect("paid").replace('\u{a0}', " ");
                assert_eq!(paid, format!("approximately USD {}", group(3_365_000 + i)), "check {i}");
            }));
        }
        for i in 0..BUILDS {
            let (server, barrier, text, expected) =
                (Arc::clone(&server), Arc::clone(&barrier), Arc::clone(&pdf_text), Arc::clone(&expected_pdf));
            handles.push(std::thread::spawn(move || {
                barrier.wait();
                let answer = server.post("/api/build?path=mexico.json&format=pdf", &text);
                assert_eq!(answer.status, 200, "round {round}, build {i}: {}", answer.text());
                assert!(answer.body == *expected, "round {round}, build {i}: not the PDF of informe build");
            }));
        }
        for handle in handles {
            handle.join().expect("a request failed");
        }
    }
    let peak = server.peak_rss_kib() / 1024;
    eprintln!("peak resident memory of the server: {peak} MiB");
    assert!(peak < PEAK_RSS_MIB, "the server reached {peak} MiB");
}

/// `n` with thousands separated by commas, as the report's English figures are.
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
