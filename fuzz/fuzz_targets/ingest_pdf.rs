//! Any bytes named `.pdf` go through ingest without panicking.
//!
//! pdf-extract panics on many malformed files (e.g. `expect` on a missing object reference);
//! ingest catches those with `catch_unwind` and reports `CorruptPdf`. libfuzzer-sys's panic hook
//! would abort before that unwinding, so this target installs a silent hook: a panic that escapes
//! ingest still reaches libfuzzer-sys's own `catch_unwind` and counts as a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

static QUIET: std::sync::Once = std::sync::Once::new();

fuzz_target!(|data: &[u8]| {
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let _ = klausul::ingest(data, "fuzz.pdf");
});
