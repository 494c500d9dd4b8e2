//! The compatibility promise: which informe runs which plugin, and what each kind of version may change.
//!
//! A secretariat builds its plugin once and sends it to ministries that upgrade informe on their
//! own schedule, so the exchange between host and plugin evolves by addition only.
//!
//! # Versions
//!
//! The protocol has a version `MAJOR.MINOR` ([`ABI_MAJOR`](crate::abi::ABI_MAJOR),
//! [`ABI_MINOR`](crate::abi::ABI_MINOR)), distinct from the SDK's crate version. Each side tells
//! the other its minor: the plugin in its descriptor's header, the host in every request's
//! [`abi_minor`](crate::Request::abi_minor) (`0` from hosts before 1.2). A feature is named by the
//! minor that added it (the SDK's `CHANGELOG.md` lists them), so comparing minors is all either
//! side needs.
//!
//! **An informe of ABI `M.n` runs every plugin of ABI `M.m`, whatever `m`.** It refuses a plugin
//! of another major, naming both versions.
//!
//! # What a minor may change
//!
//! - add an optional field to the request (its context, its program and the objects in them) or
//!   to the response and the objects in it; its absence means what the earlier minor meant. A
//!   period (`{"from", "to"}`) and a text (a string, or one per language) are closed: they gain
//!   no field within a major;
//! - append a field (such as an entry point) to the end of the [`Descriptor`](crate::abi::Descriptor),
//!   which the host reads only when the header's `size` shows the plugin has it;
//! - add a status code, a kind of block or of quantity, an indicator tag — which a plugin sends
//!   only when the request's `abi_minor` shows the host knows it.
//!
//! Both sides therefore ignore fields they do not know: a plugin reads requests leniently and the
//! host reads responses leniently, then holds them to the output contract (metric ids unique,
//! currencies ISO 4217, only counts feed an indicator). The request is made of its own
//! [`wire`](crate::wire) types, not of the data file's strict model, so a field added to the data
//! format reaches new plugins and is ignored by old ones.
//!
//! Plugins of ABI 1.0 and 1.1 refused unknown fields in the request's program and the objects in
//! it. The host sends them the program with only the fields 1.1 knew
//! ([`wire::fit_for`](crate::wire::fit_for)), so they keep working unchanged.
//!
//! # What only a major may change
//!
//! Removing or renaming a field, an entry point or a status; changing a field's type or meaning
//! (what a count counts, the unit of an amount); making an optional field required; changing the
//! descriptor's layout before its end, or its 16-byte header ever; changing who frees a buffer.
//!
//! # How it is kept
//!
//! The tests keep a plugin built from a frozen copy of SDK 0.1 (ABI 1.1), as it was before this
//! promise, and run it through the current host in process and isolated, with data that carries
//! fields its SDK does not know (`tests/compat/`); the C header is checked against the Rust
//! types (`include/informe_plugin.h`).
