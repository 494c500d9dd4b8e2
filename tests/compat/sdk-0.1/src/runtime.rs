//! Plugin-side glue behind `declare_plugin!`: buffers, JSON decoding and panic containment.
//!
//! Every entry point runs the plugin's code inside `catch_unwind`, so a panic becomes a
//! [`status::PANIC`] answer instead of unwinding across the C ABI (which would abort the host).

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::abi::{RawBuffer, status};
use crate::exchange::{PluginError, Request, Response};

/// Hands `bytes` to the host through `out`; the host returns it to [`free`].
fn emit(out: *mut RawBuffer, bytes: Vec<u8>) {
    let mut bytes = std::mem::ManuallyDrop::new(bytes);
    let buffer = RawBuffer { ptr: bytes.as_mut_ptr(), len: bytes.len(), cap: bytes.capacity() };
    if !out.is_null() {
        // SAFETY: the host passes a valid, writable `RawBuffer`; checked non-null above.
        unsafe { out.write(buffer) };
    } else {
        // Nobody will free it: release it here rather than leak.
        // SAFETY: the parts come straight from the `Vec` above.
        drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
    }
}

fn emit_error(out: *mut RawBuffer, code: i32, message: String) -> i32 {
    let body = serde_json::to_vec(&PluginError::new(message))
        .unwrap_or_else(|_| b"{\"error\":\"unencodable error\"}".to_vec());
    emit(out, body);
    code
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    }
}

thread_local! {
    /// Where the last panic of this thread happened, recorded by the hook installed in [`guarded`].
    static PANIC_AT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the default panic hook of the plugin's copy of std (it is the plugin's own, not the
/// host's): the host reports the panic with its message and location, so printing it again to
/// stderr would only be noise.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let at = info.location().map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
            PANIC_AT.with(|cell| *cell.borrow_mut() = at);
        }));
    });
}

/// Runs `f` and turns its outcome, or its panic, into a status and a JSON body.
fn guarded(out: *mut RawBuffer, f: impl FnOnce() -> Result<Vec<u8>, String>) -> i32 {
    install_panic_hook();
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(body)) => {
            emit(out, body);
            status::OK
        }
        Ok(Err(message)) => emit_error(out, status::ERROR, message),
        Err(payload) => {
            let at = PANIC_AT.with(|cell| cell.borrow_mut().take());
            let message = panic_message(&*payload);
            let message = match at {
                Some(at) => format!("{message} (at {at})"),
                None => message,
            };
            emit_error(out, status::PANIC, message)
        }
    }
}

/// Entry point body for `process`.
///
/// # Safety
/// `input` must point at `len` readable bytes and `out` at a writable `RawBuffer` (or be null).
pub unsafe fn process(
    input: *const u8,
    len: usize,
    out: *mut RawBuffer,
    f: fn(&Request) -> Result<Response, PluginError>,
) -> i32 {
    let bytes: &[u8] = if input.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(input, len) }
    };
    guarded(out, || {
        let request: Request =
            serde_json::from_slice(bytes).map_err(|err| format!("invalid request from host: {err}"))?;
        let response = f(&request).map_err(|err| err.error)?;
        serde_json::to_vec(&response).map_err(|err| format!("cannot encode response: {err}"))
    })
}

/// Entry point body for `schema`.
///
/// # Safety
/// `out` must point at a writable `RawBuffer` (or be null).
pub unsafe fn schema(out: *mut RawBuffer, f: fn() -> serde_json::Value) -> i32 {
    guarded(out, || serde_json::to_vec(&f()).map_err(|err| format!("cannot encode schema: {err}")))
}

/// The schema of a plugin that declares none: any object.
pub fn any_object_schema() -> serde_json::Value {
    serde_json::json!({ "type": "object" })
}

/// Entry point body for `free`.
///
/// # Safety
/// `buffer` must have been produced by this library's entry points and not freed before.
pub unsafe fn free(buffer: RawBuffer) {
    if !buffer.ptr.is_null() {
        // SAFETY: guaranteed by the caller; the parts come from a `Vec<u8>` of this library.
        drop(unsafe { Vec::from_raw_parts(buffer.ptr, buffer.len, buffer.cap) });
    }
}

/// Declares the plugin: exports the descriptor symbol the host looks for.
///
/// ```ignore
/// informe_plugin::declare_plugin! {
///     name: "music",
///     version: env!("CARGO_PKG_VERSION"),
///     families: ["music"],
///     process: process,          // fn(&Request) -> Result<Response, PluginError>
///     schema: schema,            // optional: fn() -> serde_json::Value
/// }
/// ```
#[macro_export]
macro_rules! declare_plugin {
    (
        name: $name:expr,
        version: $version:expr,
        families: [$($family:expr),+ $(,)?],
        process: $process:path
        $(, schema: $schema:path)?
        $(,)?
    ) => {
        const _: () = {
            use $crate::abi::{Descriptor, RawBuffer, StrRef};

            static FAMILIES: &[StrRef] = &[$(StrRef::from_static($family)),+];

            unsafe extern "C" fn __informe_process(input: *const u8, len: usize, out: *mut RawBuffer) -> i32 {
                // SAFETY: the host upholds the entry point contract documented in `abi`.
                unsafe { $crate::runtime::process(input, len, out, $process) }
            }

            unsafe extern "C" fn __informe_schema(out: *mut RawBuffer) -> i32 {
                #[allow(unused_variables)]
                let schema: fn() -> $crate::serde_json::Value = $crate::runtime::any_object_schema;
                $(let schema: fn() -> $crate::serde_json::Value = $schema;)?
                // SAFETY: as above.
                unsafe { $crate::runtime::schema(out, schema) }
            }

            unsafe extern "C" fn __informe_free(buffer: RawBuffer) {
                // SAFETY: the host only returns buffers this library produced, once each.
                unsafe { $crate::runtime::free(buffer) }
            }

            static DESCRIPTOR: Descriptor = Descriptor {
                header: Descriptor::current_header(),
                sdk_version: StrRef::from_static($crate::SDK_VERSION),
                name: StrRef::from_static($name),
                version: StrRef::from_static($version),
                families: FAMILIES.as_ptr(),
                families_len: FAMILIES.len(),
                process: __informe_process,
                schema: __informe_schema,
                free: __informe_free,
            };

            #[unsafe(no_mangle)]
            pub extern "C" fn informe_plugin_descriptor() -> *const Descriptor {
                &DESCRIPTOR
            }
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::status;

    type Entry = fn(&Request) -> Result<Response, PluginError>;

    const REQUEST: &str = r#"{"context": {"country": "Mexico", "period": {"from": 2012, "to": 2015}, "language": "en"},
        "program": {"id": "p", "name": "P", "family": "f"}}"#;

    fn panics(_: &Request) -> Result<Response, PluginError> {
        panic!("boom {}", 42)
    }

    fn refuses(_: &Request) -> Result<Response, PluginError> {
        Err(PluginError::new("no data for this program"))
    }

    fn answers(request: &Request) -> Result<Response, PluginError> {
        Ok(Response { summary: Some(request.program.name.clone()), ..Response::default() })
    }

    /// Calls `f` through the entry point body as the host does, returning status and body.
    fn call(f: Entry, input: &str) -> (i32, String) {
        let mut out = RawBuffer::empty();
        // SAFETY: a live input slice and a valid output buffer, freed once below.
        let code = unsafe { process(input.as_ptr(), input.len(), &mut out, f) };
        // SAFETY: `out` was just filled by `emit`.
        let body = String::from_utf8(unsafe { std::slice::from_raw_parts(out.ptr, out.len) }.to_vec()).expect("utf-8");
        // SAFETY: returned exactly once.
        unsafe { free(out) };
        (code, body)
    }

    #[test]
    fn every_outcome_crosses_the_boundary_as_a_status_and_json() {
        let cases: [(Entry, &str, i32, &str); 4] = [
            (answers, REQUEST, status::OK, r#""summary":"P""#),
            (refuses, REQUEST, status::ERROR, r#"{"error":"no data for this program"}"#),
            (panics, REQUEST, status::PANIC, r#"{"error":"boom 42 (at crates/informe-plugin/src/runtime.rs:"#),
            (answers, "not json", status::ERROR, r#"{"error":"invalid request from host: expected ident"#),
        ];
        for (f, input, want_status, want_body) in cases {
            let (got_status, body) = call(f, input);
            assert_eq!(got_status, want_status, "{body}");
            assert!(body.contains(want_body), "{body} lacks {want_body}");
        }
    }
}
