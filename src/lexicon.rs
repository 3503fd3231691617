//! The per-language lexicons (`lexicons/*.toml`), compiled in.
