//! The C ABI between host and plugin: a static descriptor and JSON-in/JSON-out entry points.
//!
//! Layout rules, kept for every ABI version:
//! - the first 16 bytes of a descriptor are always [`DescriptorHeader`], so a host can read the
//!   magic and ABI major of any file before trusting anything else in it;
//! - a new *minor* version may only append fields; `size` says how many bytes the plugin provides;
//! - a new *major* version may change anything after the header.

/// The bytes every informe plugin descriptor starts with.
pub const MAGIC: [u8; 8] = *b"INFORME\0";
/// Incremented on any incompatible change of the ABI or the JSON exchange contract.
pub const ABI_MAJOR: u16 = 1;
/// Incremented when fields are appended to [`Descriptor`] or optional JSON fields are added.
///
/// 1.1 added the context's `country_code` and `source_language` and the response's `family_name`.
pub const ABI_MINOR: u16 = 1;
/// The exported symbol (a function returning `*const Descriptor`) the host looks up.
pub const ENTRY_SYMBOL: &str = "informe_plugin_descriptor";

/// Status returned by an entry point; the output buffer holds JSON in every case.
pub mod status {
    /// The output is the entry point's JSON result.
    pub const OK: i32 = 0;
    /// The output is `{"error": "..."}`: the plugin refused the input or failed cleanly.
    pub const ERROR: i32 = 1;
    /// The output is `{"error": "..."}`: the plugin panicked and the SDK caught it.
    pub const PANIC: i32 = 2;
}

/// A borrowed UTF-8 string with static lifetime inside the plugin library.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct StrRef {
    pub ptr: *const u8,
    pub len: usize,
}

// SAFETY: a `StrRef` only ever points at immutable `'static` string data.
unsafe impl Sync for StrRef {}
// SAFETY: as above, the data is immutable and lives as long as the library.
unsafe impl Send for StrRef {}

impl StrRef {
    /// Points at a static string; usable in `static` items.
    pub const fn from_static(s: &'static str) -> Self {
        Self { ptr: s.as_ptr(), len: s.len() }
    }

    /// Reads the string back.
    ///
    /// # Safety
    /// `ptr`/`len` must describe readable memory that outlives `'a`.
    pub unsafe fn to_str<'a>(self) -> Result<&'a str, std::str::Utf8Error> {
        if self.ptr.is_null() {
            return Ok("");
        }
        // SAFETY: guaranteed by the caller.
        let bytes = unsafe { std::slice::from_raw_parts(self.ptr, self.len) };
        std::str::from_utf8(bytes)
    }
}

/// A byte buffer allocated by the plugin and released by the plugin's own `free`.
///
/// The host never frees it with its own allocator: the two sides may use different ones.
#[repr(C)]
#[derive(Debug)]
pub struct RawBuffer {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl RawBuffer {
    /// An empty buffer, to be filled by an entry point.
    pub const fn empty() -> Self {
        Self { ptr: std::ptr::null_mut(), len: 0, cap: 0 }
    }
}

/// The fixed prefix of every descriptor, whatever its ABI major.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct DescriptorHeader {
    pub magic: [u8; 8],
    pub abi_major: u16,
    pub abi_minor: u16,
    /// `size_of` the full descriptor as the plugin was compiled.
    pub size: u32,
}

/// Processes one program: input is a JSON [`Request`](crate::Request), output a JSON
/// [`Response`](crate::Response).
pub type ProcessFn = unsafe extern "C" fn(input: *const u8, len: usize, out: *mut RawBuffer) -> i32;
/// Writes the JSON Schema of the family `data` object the plugin understands.
pub type SchemaFn = unsafe extern "C" fn(out: *mut RawBuffer) -> i32;
/// Releases a buffer returned by one of the entry points.
pub type FreeFn = unsafe extern "C" fn(buffer: RawBuffer);

/// The static description of a plugin, returned by the [`ENTRY_SYMBOL`] function.
#[repr(C)]
#[derive(Debug)]
pub struct Descriptor {
    pub header: DescriptorHeader,
    /// Version of the SDK the plugin was built with.
    pub sdk_version: StrRef,
    pub name: StrRef,
    pub version: StrRef,
    /// The program families this plugin serves.
    pub families: *const StrRef,
    pub families_len: usize,
    pub process: ProcessFn,
    pub schema: SchemaFn,
    pub free: FreeFn,
}

// SAFETY: a descriptor is immutable static data whose pointers all point at static data.
unsafe impl Sync for Descriptor {}

impl Descriptor {
    /// The header every descriptor of this ABI major carries.
    pub const fn current_header() -> DescriptorHeader {
        DescriptorHeader {
            magic: MAGIC,
            abi_major: ABI_MAJOR,
            abi_minor: ABI_MINOR,
            size: size_of::<Descriptor>() as u32,
        }
    }
}

/// The signature of the exported [`ENTRY_SYMBOL`].
pub type EntryFn = unsafe extern "C" fn() -> *const Descriptor;
