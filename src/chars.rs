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
    &text[..byte_of_char(text, 0, n)]
}

/// The byte offset `n` chars after byte offset `from` (a char boundary), or the length of `text`.
pub(crate) fn byte_of_char(text: &str, from: usize, n: usize) -> usize {
    // Count char starts (bytes that are not UTF-8 continuation bytes) instead of decoding chars,
    // eight at a time while they are ASCII.
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let (mut at, mut seen) = (from, 0);
    while at < bytes.len() {
        if seen + 8 <= n {
            if let Some(word) = bytes.get(at..at + 8) {
                if u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]) & HIGH_BITS == 0 {
                    at += 8;
                    seen += 8;
                    continue;
                }
            }
        }
        if (bytes[at] as i8) >= -0x40 {
            if seen == n {
                return at;
            }
            seen += 1;
        }
        at += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn head_counts_chars_not_bytes() {
        assert_eq!(super::head("æøå og mere", 3), "æøå");
        assert_eq!(super::head("kort", 10), "kort");
        assert_eq!(super::head("", 0), "");
    }

    proptest::proptest! {
        #[test]
        fn byte_of_char_counts_like_char_indices(text in "[a-zæø€\u{10348} .]{0,40}", from in 0usize..40, n in 0usize..40) {
            let from = text.char_indices().nth(from).map_or(text.len(), |(b, _)| b);
            let expected = text[from..].char_indices().nth(n).map_or(text.len(), |(b, _)| from + b);
            proptest::prop_assert_eq!(super::byte_of_char(&text, from, n), expected);
        }
    }
}
