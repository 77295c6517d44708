//! Opening hours: one human-readable line from the fields of an HSDS schedule.

/// The HSDS schedule fields an opening-hours line is built from (iCalendar-style `freq` and `byday`).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct ScheduleFields<'a> {
    pub freq: Option<&'a str>,
    pub byday: Option<&'a str>,
    pub opens_at: Option<&'a str>,
    pub closes_at: Option<&'a str>,
    pub description: Option<&'a str>,
}

/// A line such as `Thursday, Friday: 10:00 to 18:00. Closed on public holidays.`, or `None` when the schedule says nothing.
pub(super) fn opening_line(schedule: &ScheduleFields<'_>) -> Option<String> {
    let clean = |text: Option<&str>| {
        text.map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    let days = clean(schedule.byday).map(|byday| {
        byday
            .split(',')
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .map(day_name)
            .collect::<Vec<_>>()
            .join(", ")
    });
    let days = days.or_else(|| {
        clean(schedule.freq)
            .filter(|freq| freq.eq_ignore_ascii_case("daily"))
            .map(|_| "Every day".to_owned())
    });
    let opens = clean(schedule.opens_at).map(|t| clock_time(&t));
    let closes = clean(schedule.closes_at).map(|t| clock_time(&t));
    let times = match (opens, closes) {
        (Some(opens), Some(closes)) => Some(format!("{opens} to {closes}")),
        (Some(opens), None) => Some(format!("from {opens}")),
        (None, Some(closes)) => Some(format!("until {closes}")),
        (None, None) => None,
    };
    let when = match (days, times) {
        (Some(days), Some(times)) => Some(format!("{days}: {times}")),
        (Some(only), None) | (None, Some(only)) => Some(only),
        (None, None) => None,
    };
    match (when, clean(schedule.description)) {
        (Some(when), Some(description)) => Some(format!("{when}. {description}")),
        (Some(only), None) | (None, Some(only)) => Some(only),
        (None, None) => None,
    }
}

/// `MO` -> `Monday`, `1MO` -> `first Monday`, `-1FR` -> `last Friday`; anything else is kept as written.
fn day_name(token: &str) -> String {
    let upper = token.to_ascii_uppercase();
    let split = upper.len().saturating_sub(2);
    let (Some(ordinal), Some(day)) = (upper.get(..split), upper.get(split..)) else {
        return token.to_owned();
    };
    let day = match day {
        "MO" => "Monday",
        "TU" => "Tuesday",
        "WE" => "Wednesday",
        "TH" => "Thursday",
        "FR" => "Friday",
        "SA" => "Saturday",
        "SU" => "Sunday",
        _ => return token.to_owned(),
    };
    let ordinal = match ordinal.trim_start_matches('+') {
        "" => return day.to_owned(),
        "1" => "first",
        "2" => "second",
        "3" => "third",
        "4" => "fourth",
        "5" => "fifth",
        "-1" => "last",
        "-2" => "second to last",
        _ => return token.to_owned(),
    };
    format!("{ordinal} {day}")
}

/// `10:00:00` -> `10:00`: seconds of zero say nothing to a reader. Other forms are kept as written.
fn clock_time(time: &str) -> String {
    match time.strip_suffix(":00") {
        Some(hours_minutes) if hours_minutes.len() == 5 && hours_minutes.as_bytes()[2] == b':' => {
            hours_minutes.to_owned()
        }
        _ => time.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_times_and_description_make_one_line() {
        let line = opening_line(&ScheduleFields {
            byday: Some("MO,1WE,-1FR"),
            opens_at: Some("09:30:00"),
            closes_at: Some("17:00"),
            description: Some("Closed at Easter."),
            ..Default::default()
        });
        assert_eq!(
            line.as_deref(),
            Some("Monday, first Wednesday, last Friday: 09:30 to 17:00. Closed at Easter.")
        );
    }

    #[test]
    fn daily_without_days_and_an_empty_schedule() {
        let daily = ScheduleFields {
            freq: Some("DAILY"),
            closes_at: Some("20:00:00"),
            ..Default::default()
        };
        assert_eq!(
            opening_line(&daily).as_deref(),
            Some("Every day: until 20:00")
        );
        assert_eq!(opening_line(&ScheduleFields::default()), None);
        assert_eq!(day_name("XX"), "XX");
        assert_eq!(clock_time("10:00:30"), "10:00:30");
    }
}
