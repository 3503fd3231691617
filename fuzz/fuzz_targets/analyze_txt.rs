//! Any bytes named `.txt` go through the whole pipeline (ingest, segment, classify, extract,
//! assess) without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = klausul::ingest(data, "fuzz.txt") {
        let _ = klausul::analyze(&doc);
    }
});
