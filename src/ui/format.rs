//! Dates and times written for the interface language.

use crate::i18n::Catalogue;
use crate::model::Timestamp;
use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

fn options(fields: &[(&str, &str)]) -> Object {
    let options = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&options, &(*name).into(), &(*value).into());
    }
    options
}

/// A time of day such as "14:03" or "2:03 PM", as the language writes it.
pub fn time_of_day(at: Timestamp, language: impl Catalogue) -> String {
    let date = Date::new(&JsValue::from_f64(at.0 as f64));
    date.to_locale_string(
        language.tag(),
        &options(&[("hour", "numeric"), ("minute", "2-digit")]).into(),
    )
    .into()
}

/// A date and time such as "21 November 2026, 14:03".
pub fn date_time(at: Timestamp, language: impl Catalogue) -> String {
    let date = Date::new(&JsValue::from_f64(at.0 as f64));
    date.to_locale_string(
        language.tag(),
        &options(&[("dateStyle", "long"), ("timeStyle", "short")]).into(),
    )
    .into()
}

/// A date such as "21 November 2026".
pub fn date(at: Timestamp, language: impl Catalogue) -> String {
    let date = Date::new(&JsValue::from_f64(at.0 as f64));
    date.to_locale_string(language.tag(), &options(&[("dateStyle", "long")]).into())
        .into()
}
