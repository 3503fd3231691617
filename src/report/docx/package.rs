//! The few OOXML parts a WordprocessingML document needs, and the zip around them.
//!
//! Written by hand with the zip crate the reader already uses: `docx-rs` would bring its own
//! zip and XML crates into the worker for five small parts (ARCHITECTURE.md, "Word export").

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The parts that differ between documents.
pub(super) struct Parts<'a> {
    /// The content of `<w:body>` (paragraphs and tables; the section properties are added).
    pub body: &'a str,
    /// The `<w:comment>` elements, when there are any.
    pub comments: &'a str,
    /// The document's title (core properties).
    pub title: &'a str,
    /// Who made it.
    pub author: &'a str,
    /// When, as `YYYY-MM-DDThh:mm:ssZ`.
    pub date: &'a str,
    /// Whether Word should go on tracking changes when the file is edited.
    pub track_revisions: bool,
    /// The document's language, for spelling (`en-GB`, `da-DK`).
    pub lang: &'a str,
}

/// Escapes text for XML content and attributes (as the HTML reports do); chars XML 1.0 does not
/// allow, and tabs, become spaces.
pub(super) fn esc(s: &str) -> String {
    let allowed: String = s.chars().map(|c| if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') { ' ' } else { c }).collect();
    crate::report::html::esc(&allowed)
}

/// The .docx file of `parts`.
pub(super) fn write(parts: &Parts) -> Vec<u8> {
    let mut files: Vec<(&str, String)> = vec![
        ("[Content_Types].xml", content_types(!parts.comments.is_empty())),
        ("_rels/.rels", format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
        )),
        ("docProps/core.xml", format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created></cp:coreProperties>"#,
            esc(parts.title), esc(parts.author), esc(parts.date)
        )),
        ("word/_rels/document.xml.rels", document_rels(!parts.comments.is_empty())),
        ("word/document.xml", format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
            parts.body
        )),
        ("word/styles.xml", styles(parts.lang)),
        ("word/settings.xml", format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}">{}<w:defaultTabStop w:val="708"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#,
            if parts.track_revisions { "<w:trackRevisions/>" } else { "" }
        )),
    ];
    if !parts.comments.is_empty() {
        files.push(("word/comments.xml", format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="{W}" xmlns:r="{R}">{}</w:comments>"#,
            parts.comments
        )));
    }
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, text) in &files {
        // Writing to a Vec cannot fail; a failure here would be a bug in the zip crate.
        zip.start_file(*name, options).expect("zip entry in memory");
        zip.write_all(text.as_bytes()).expect("write to memory");
    }
    zip.finish().expect("zip in memory").into_inner()
}

fn content_types(comments: bool) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let comments = if comments {
        format!(r#"<Override PartName="/word/comments.xml" ContentType="{main}.comments+xml"/>"#)
    } else {
        String::new()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="{main}.settings+xml"/>{comments}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#
    )
}

fn document_rels(comments: bool) -> String {
    let comments = if comments {
        format!(r#"<Relationship Id="rId3" Type="{DOC_REL}/comments" Target="comments.xml"/>"#)
    } else {
        String::new()
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}"><Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>{comments}</Relationships>"#
    )
}

/// Normal, six headings, list paragraphs, a bordered table, and the comment styles.
fn styles(lang: &str) -> String {
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>"#
    );
    for level in 1..=6u8 {
        let size = [32, 28, 26, 24, 22, 22][level as usize - 1];
        s.push_str(&format!(
            r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr></w:style>"#,
            level - 1
        ));
    }
    s.push_str(
        r#"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>"#,
    );
    s
}
