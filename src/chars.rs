//! Char-by-char walks over UTF-8 text with an ASCII fast path. The release profile optimises for
//! size and does not inline the standard library's char iterators; these small functions are
//! always inlined into the hot loops that use them.

/// The char starting at byte `at` (a char boundary before the end) and its length in bytes.
#[inline(always)]
pub(crate) fn char_at(text: &str, at: usize) -> (char, usize) {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => (char::from(b), 1),
        _ => text.get(at..).and_then(|s| s.chars().next()).map_or(('\u{0}', 1), |c| (c, c.len_utf8())),
    }
}

/// `char::is_alphanumeric`.
#[inline(always)]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The first `n` chars of `text` (all of it when it is shorter).
pub(crate) fn head(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(end, _)| &text[..end])
}

#[cfg(test)]
mod tests {
    #[test]
    fn head_counts_chars_not_bytes() {
        assert_eq!(super::head("æøå og mere", 3), "æøå");
        assert_eq!(super::head("kort", 10), "kort");
        assert_eq!(super::head("", 0), "");
    }
}
