//! Fuzzes the HTML reader: any bytes named `.html` must read or fail cleanly, and what reads must
//! go through the whole analysis.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = klausul::ingest(data, "fuzz.html") {
        let _ = klausul::analyze(&doc);
    }
});
