//! The page's components, one per file: `XxxProps`, `on_*` callbacks.

pub mod doc_card;
pub mod drop_zone;
pub mod header;
pub mod icon;
pub mod input_panel;
pub mod results;
