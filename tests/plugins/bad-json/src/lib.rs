//! A plugin with a hand-made descriptor whose `process` answers OK with bytes that are not JSON.

use informe_plugin::abi::{Descriptor, RawBuffer, StrRef, status};

static FAMILIES: &[StrRef] = &[StrRef::from_static("fault-bad-json")];

/// Hands `bytes` to the host, which returns the buffer through [`free`].
fn emit(out: *mut RawBuffer, bytes: &[u8]) {
    let mut bytes = std::mem::ManuallyDrop::new(bytes.to_vec());
    let buffer = RawBuffer { ptr: bytes.as_mut_ptr(), len: bytes.len(), cap: bytes.capacity() };
    // SAFETY: the host passes a valid, writable buffer.
    unsafe { out.write(buffer) };
}

unsafe extern "C" fn process(_input: *const u8, _len: usize, out: *mut RawBuffer) -> i32 {
    emit(out, b"{\"sections\": [ <html>");
    status::OK
}

unsafe extern "C" fn schema(out: *mut RawBuffer) -> i32 {
    emit(out, b"{\"type\": \"object\"}");
    status::OK
}

unsafe extern "C" fn free(buffer: RawBuffer) {
    // SAFETY: the host returns each buffer of `emit` once.
    unsafe { informe_plugin::runtime::free(buffer) }
}

static DESCRIPTOR: Descriptor = Descriptor {
    header: Descriptor::current_header(),
    sdk_version: StrRef::from_static(informe_plugin::SDK_VERSION),
    name: StrRef::from_static("fault-bad-json"),
    version: StrRef::from_static(env!("CARGO_PKG_VERSION")),
    families: FAMILIES.as_ptr(),
    families_len: 1,
    process,
    schema,
    free,
};

#[unsafe(no_mangle)]
pub extern "C" fn informe_plugin_descriptor() -> *const Descriptor {
    &DESCRIPTOR
}
