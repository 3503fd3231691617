//! Developer aid: prints pdf-extract's per-page output and the clean text (`--ignored`).

#[test]
#[ignore]
fn dump() {
    let path = std::env::var("DUMP").unwrap();
    let bytes = std::fs::read(&path).unwrap();
    if path.ends_with(".pdf") && std::env::var("RAW").is_ok() {
        let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).unwrap();
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
