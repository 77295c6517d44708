//! The browser's clock and random identifiers. The model has neither (every time and id is
//! passed in); they live here, apart from the storage operations, so that any part of the
//! interface can read them without importing those.

use crate::model::Timestamp;

/// The current time; the model takes time as an argument and has no clock of its own.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// A fresh random identifier for a case or a record.
pub fn new_id() -> String {
    gloo::utils::window()
        .crypto()
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|_| format!("{:x}", js_sys::Date::now() as u64))
}
