//! Dates and times written for the interface language.

use crate::i18n::Catalogue;
use crate::model::Timestamp;
use js_sys::Intl::DateTimeFormat;
use js_sys::{Array, Date, Function, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// The ways the interface writes a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Style {
    TimeOfDay,
    DateTime,
    Date,
    /// A date kept at noon UTC (a prior account's day), read in UTC so that it is the same day everywhere.
    DateUtc,
}

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

thread_local! {
    /// One `Intl.DateTimeFormat` per language and style: building one costs far more than
    /// formatting with it, and a page of a large case formats hundreds of dates per render.
    static FORMATTERS: RefCell<HashMap<(&'static str, Style), Option<Function>>> = RefCell::new(HashMap::new());
}

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
