//! The browser shell: Yew components that render state and send actions.

pub mod app;
pub mod clock;
pub mod components;
pub mod download;
pub mod hooks;
pub mod pages;
pub mod quick_exit;
pub mod routes;

pub use app::{App, AppProps};
pub mod errors;
pub mod format;
pub mod journal;
pub mod language;
pub mod language_names;
pub mod offline;
pub mod parts;
pub mod practice;
pub mod preferences;
pub mod tabs;
pub mod vault_effects;
pub mod vault_state;
pub mod vault_tasks;
pub mod worker;
pub mod workspace;
