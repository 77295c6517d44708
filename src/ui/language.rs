//! The interface language the user chooses. The app shell holds the choice and provides it to
//! every component below it: the language picker, and each part of the app, whose texts arrive
//! after it is fetched.

use crate::i18n::Locale;
use yew::prelude::*;

/// Switches the interface language without a reload, and remembers the choice.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice {
    pub choose: Callback<Locale>,
    /// Rebuilds the interface's texts when a part of the app has fetched its own.
    pub texts_arrived: Callback<()>,
    /// A language whose texts could not be fetched when chosen, and how many times that happened.
    pub unavailable: Option<(Locale, u32)>,
}
