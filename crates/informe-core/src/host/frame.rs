//! The framing of the isolated-plugin protocol: each message is a tag, a status and a byte body.
//!
//! Bodies are the same JSON the C ABI carries (requests, responses, errors); framing only adds a
//! fixed 9-byte prefix so either side knows where a message ends without parsing it.
//!
//! The protocol evolves by addition, like the plugin exchange: a new tag is sent only to a worker
//! whose handshake announces a [`PROTOCOL`] that knows it. Host and worker are one executable
//! today, but a version number keeps a mixed pair (an upgrade while `watch` runs) from guessing.

use std::io::{self, Read, Write};

/// The protocol this side speaks. 1: `P`, `S`, `H`, `E`, `R`. 2 adds `B`, one round trip for a
/// plugin's programs.
pub const PROTOCOL: u16 = 2;

/// Host → worker: run `process` on the body (a JSON request).
pub const PROCESS: u8 = b'P';
/// Host → worker (protocol 2): run `process` on each request of the body ([`batch`]); the
/// worker answers with one `R` per request, in order, each sent as soon as it is ready, so a
/// worker that dies mid-batch has told which programs it finished.
pub const BATCH: u8 = b'B';
/// Host → worker: run `schema`.
pub const SCHEMA: u8 = b'S';
/// Worker → host: the plugin loaded; the body is its description (JSON).
pub const HELLO: u8 = b'H';
/// Worker → host: the plugin could not be loaded; the body is a [`Refusal`] (JSON), or, from a
/// worker before it, the message as plain text.
pub const REFUSED: u8 = b'E';
/// Worker → host: the answer to a call, with the ABI status.
pub const REPLY: u8 = b'R';

/// The largest body either side accepts, so a corrupt length cannot exhaust memory.
const MAX_BODY: u32 = 1 << 30;

/// Why a worker refused to load its plugin, and what the user can do about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Refusal {
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Refusal {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_else(|_| self.message.clone().into_bytes())
    }

    /// The refusal a body carries: JSON, or the plain message an older worker sends.
    pub fn from_bytes(body: &[u8]) -> Self {
        serde_json::from_slice(body)
            .unwrap_or_else(|_| Self { message: String::from_utf8_lossy(body).into_owned(), hint: None })
    }
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub tag: u8,
    pub status: i32,
    pub body: Vec<u8>,
}

/// Writes one frame and flushes it.
pub fn write(out: &mut impl Write, tag: u8, status: i32, body: &[u8]) -> io::Result<()> {
    let len = u32::try_from(body.len())
        .ok()
        .filter(|&n| n <= MAX_BODY)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "message larger than 1 GiB"))?;
    out.write_all(&[tag])?;
    out.write_all(&status.to_le_bytes())?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(body)?;
    out.flush()
}

/// Reads one frame; `None` when the stream ends cleanly between frames.
pub fn read(input: &mut impl Read) -> io::Result<Option<Frame>> {
    let mut tag = [0u8; 1];
    if input.read(&mut tag)? == 0 {
        return Ok(None);
    }
    let mut fixed = [0u8; 8];
    input.read_exact(&mut fixed)?;
    let status = i32::from_le_bytes([fixed[0], fixed[1], fixed[2], fixed[3]]);
    let len = u32::from_le_bytes([fixed[4], fixed[5], fixed[6], fixed[7]]);
    if len > MAX_BODY {
        return Err(io::Error::new(io::ErrorKind::InvalidData, format!("message of {len} bytes announced")));
    }
    let mut body = vec![0u8; len as usize];
    input.read_exact(&mut body)?;
    Ok(Some(Frame { tag: tag[0], status, body }))
}

/// The body of a `B` frame: each request preceded by its length (4 bytes, little-endian).
pub fn batch<'a>(requests: impl IntoIterator<Item = &'a [u8]>) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    for request in requests {
        let len = u32::try_from(request.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "request larger than 4 GiB"))?;
        body.extend_from_slice(&len.to_le_bytes());
        body.extend_from_slice(request);
    }
    if body.len() > MAX_BODY as usize {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "batch larger than 1 GiB"));
    }
    Ok(body)
}

/// The requests of a `B` frame's body, or `None` when a length runs past its end.
pub fn unbatch(mut body: &[u8]) -> Option<Vec<&[u8]>> {
    let mut requests = Vec::new();
    while !body.is_empty() {
        let (len, rest) = body.split_first_chunk::<4>()?;
        let len = u32::from_le_bytes(*len) as usize;
        if rest.len() < len {
            return None;
        }
        let (request, rest) = rest.split_at(len);
        requests.push(request);
        body = rest;
    }
    Some(requests)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_carries_its_hint_and_an_older_worker_s_plain_message_is_read_too() {
        let refusal = Refusal { message: "refusing to load x".into(), hint: Some("pin it again".into()) };
        assert_eq!(Refusal::from_bytes(&refusal.to_bytes()), refusal);
        let plain = Refusal::from_bytes(b"cannot load x: no such file");
        assert_eq!((plain.message.as_str(), plain.hint), ("cannot load x: no such file", None));
    }

    #[test]
    fn frames_round_trip_and_a_cut_frame_is_an_error() {
        let mut wire = Vec::new();
        write(&mut wire, REPLY, 2, b"{\"error\":\"boom\"}").expect("write");
        write(&mut wire, HELLO, 0, b"").expect("write");
        let mut reader = wire.as_slice();
        assert_eq!(
            read(&mut reader).expect("read"),
            Some(Frame { tag: REPLY, status: 2, body: b"{\"error\":\"boom\"}".to_vec() })
        );
        assert_eq!(read(&mut reader).expect("read"), Some(Frame { tag: HELLO, status: 0, body: Vec::new() }));
        assert_eq!(read(&mut reader).expect("end"), None);
        assert!(read(&mut &wire[..5]).is_err(), "a frame cut short must not read as the end");
    }

    #[test]
    fn a_batch_body_splits_back_into_its_requests() {
        let requests: [&[u8]; 3] = [b"{\"a\":1}", b"", b"{}"];
        let body = batch(requests).expect("batch");
        assert_eq!(unbatch(&body).expect("unbatch"), requests);
        assert_eq!(unbatch(&[]).expect("empty"), Vec::<&[u8]>::new());
        assert!(unbatch(&body[..body.len() - 1]).is_none(), "a cut batch must not read as fewer requests");
    }
}
