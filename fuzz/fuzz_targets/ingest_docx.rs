//! Any bytes named `.docx` go through ingest without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = klausul::ingest(data, "fuzz.docx");
});
