//! The worker: the planner's analysis and the work of passphrases (scrypt) off the page's
//! thread, so that the page only renders and Quick exit always answers, however large the case
//! and however slow the key derivation.
//!
//! It is built from this crate as a binary of its own (`src/bin/planner_worker.rs`). The page
//! sends the case once and then the typed edits made to it ([`crate::model::edit::edits_since`]),
//! which the worker applies to its copy exactly as the reducer did; it answers with the analysis
//! of the newest version it has. Only the shell knows the worker exists: the model stays free of
//! browser crates, and without the worker (tests, a browser that refuses it) the page analyses
//! the case itself.

pub mod messages;
pub mod passphrase;
pub mod planner_copy;
pub mod posting;
#[cfg(target_arch = "wasm32")]
pub mod scope;
