//! Developer aids, run by hand (`cargo test --test ingest_dump -- --ignored --nocapture`):
//! `dump` prints the clean text of the file in `$DUMP` (with `$RAW`, pdf-extract's own per-page
//! output); `time_fixture_pdfs` times ingest of the fixture PDFs (compare with `pdftotext`).

#[test]
#[ignore]
fn dump() {
    let path = std::env::var("DUMP").expect("set DUMP to a file");
    let bytes = std::fs::read(&path).expect("readable file");
    if path.ends_with(".pdf") && std::env::var("RAW").is_ok() {
        let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("pdf-extract reads it");
        for (i, p) in pages.iter().enumerate() {
            println!("=== page {i}\n{p:?}");
        }
        return;
    }
    let t = std::time::Instant::now();
    let doc = klausul::ingest(&bytes, &path);
    eprintln!("ingest took {:?}", t.elapsed());
    match doc {
        Ok(doc) => {
            for p in &doc.paragraphs {
                println!("{:?}\t{}", p.kind, doc.paragraph_text(p));
            }
            eprintln!("{:?} {:?}", doc.language, doc.warnings);
        }
        Err(e) => println!("ERR {:?}", e),
    }
}

#[test]
#[ignore]
fn time_fixture_pdfs() {
    for name in ["smtp-dk-standardkontraktsbestemmelser.pdf", "marketing-bureau-databehandleraftale.pdf", "generated/numbered-dpa.pdf"] {
        let bytes = std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        let runs = 10;
        let t = std::time::Instant::now();
        for _ in 0..runs {
            klausul::ingest(&bytes, name).expect("reads");
        }
        println!("{name}: {:.1} ms per ingest ({runs} runs)", t.elapsed().as_secs_f64() * 1000.0 / runs as f64);
    }
}
