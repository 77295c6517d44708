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

/// A moment as a `datetime-local` input writes it, in the device's time zone ("2026-11-21T14:03").
pub fn local_input_value(at: Timestamp) -> String {
    let date = Date::new(&JsValue::from_f64(at.0 as f64));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// The moment a `datetime-local` value names, read in the device's time zone (a date and time
/// without an offset is local time in JavaScript); `None` when empty or not a date.
pub fn parse_local_input(value: &str) -> Option<Timestamp> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let millis = Date::new(&JsValue::from_str(value)).get_time();
    (!millis.is_nan()).then_some(Timestamp(millis as i64))
}
