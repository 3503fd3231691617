//! The page's components, one per file: `XxxProps`, `on_*` callbacks.

pub mod doc_card;
pub mod drop_zone;
pub mod header;
pub mod icon;
pub mod input_panel;
pub mod results;
pub mod badge;
pub mod clause_viewer;
pub mod export;
pub mod findings;
pub mod format;
pub mod matrix;
pub mod redline;
pub mod search;
pub mod summary;
pub mod playbook;
pub mod portfolio;
