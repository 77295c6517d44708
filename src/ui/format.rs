//! Dates and times written for the interface language.

use crate::i18n::Catalogue;
use crate::model::Timestamp;
use js_sys::Date;
#[cfg(target_arch = "wasm32")]
use js_sys::Intl::DateTimeFormat;
#[cfg(target_arch = "wasm32")]
use js_sys::{Array, Function, Object, Reflect};
#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;
#[cfg(target_arch = "wasm32")]
use std::collections::HashMap;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// The ways the interface writes a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Style {
    TimeOfDay,
    DateTime,
    Date,
    /// A date kept at noon UTC (a prior account's day), read in UTC so that it is the same day everywhere.
    DateUtc,
}

#[cfg(target_arch = "wasm32")]
impl Style {
    fn options(self) -> Object {
        let fields: &[(&str, &str)] = match self {
            Style::TimeOfDay => &[("hour", "numeric"), ("minute", "2-digit")],
            Style::DateTime => &[("dateStyle", "long"), ("timeStyle", "short")],
            Style::Date => &[("dateStyle", "long")],
            Style::DateUtc => &[("dateStyle", "long"), ("timeZone", "UTC")],
        };
        let options = Object::new();
        for (name, value) in fields {
            let _ = Reflect::set(&options, &(*name).into(), &(*value).into());
        }
        options
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// One `Intl.DateTimeFormat` per language and style: building one costs far more than
    /// formatting with it, and a page of a large case formats hundreds of dates per render.
    static FORMATTERS: RefCell<HashMap<(&'static str, Style), Option<Function>>> = RefCell::new(HashMap::new());
}

#[cfg(target_arch = "wasm32")]
fn format(at: Timestamp, tag: &'static str, style: Style) -> String {
    let formatter = FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((tag, style))
            .or_insert_with(|| {
                let intl = DateTimeFormat::new(&Array::of1(&tag.into()), &style.options());
                // `format` is a getter that returns a function bound to its formatter.
                Reflect::get(&intl, &"format".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok())
            })
            .clone()
    });
    formatter
        .and_then(|f| {
            f.call1(&JsValue::NULL, &Date::new(&JsValue::from_f64(at.0 as f64)))
                .ok()
        })
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// Native builds (the unit tests) have no `Intl`: the moment in UTC, in ISO 8601 order, the
/// same in every language ("2026-11-21 14:03").
#[cfg(not(target_arch = "wasm32"))]
fn format(at: Timestamp, _tag: &'static str, style: Style) -> String {
    let millis = at.0.rem_euclid(86_400_000);
    let (hour, minute) = (millis / 3_600_000, millis / 60_000 % 60);
    let date = at.utc_date();
    match style {
        Style::TimeOfDay => format!("{hour:02}:{minute:02}"),
        Style::DateTime => format!("{date} {hour:02}:{minute:02}"),
        Style::Date | Style::DateUtc => date,
    }
}

/// A time of day such as "14:03" or "2:03 PM", as the language writes it.
pub fn time_of_day(at: Timestamp, language: impl Catalogue) -> String {
    format(at, language.tag(), Style::TimeOfDay)
}

/// A date and time such as "21 November 2026, 14:03".
pub fn date_time(at: Timestamp, language: impl Catalogue) -> String {
    format(at, language.tag(), Style::DateTime)
}

/// A date such as "21 November 2026".
pub fn date(at: Timestamp, language: impl Catalogue) -> String {
    format(at, language.tag(), Style::Date)
}

/// A day kept at noon UTC, such as a prior account's date, the same in every time zone.
pub fn utc_date(at: Timestamp, language: impl Catalogue) -> String {
    format(at, language.tag(), Style::DateUtc)
}

/// A day as a date input shows it (`2026-03-04`), in UTC like the days the app keeps.
pub fn day_input_value(at: Timestamp) -> String {
    at.utc_date()
}

/// The moment a date input's value (`2026-03-04`) is kept as: noon UTC of that day, the same
/// day in every time zone.
pub fn parse_day_input(value: &str) -> Option<Timestamp> {
    if value.len() != 10 {
        return None;
    }
    let ms = Date::parse(&format!("{value}T12:00:00Z"));
    (!ms.is_nan()).then_some(Timestamp(ms as i64))
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
