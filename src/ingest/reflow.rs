//! Lines → paragraphs: join wrapped lines, undo line-end hyphenation, drop page furniture.
