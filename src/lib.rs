//! Tell Once: plans survivor-centred interviews in the browser.
//!
//! Data flows one way: a UI event becomes an action, the reducer calls the pure `model`,
//! and the new state is rendered; the `vault` encrypts what is kept.

pub mod i18n;
pub mod model;
pub mod task_queue;
pub mod ui;
pub mod vault;
pub mod worker;
