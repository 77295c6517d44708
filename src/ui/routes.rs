//! The app's pages. Hash routes, so that the built `dist/` works from any static host and sub-path.

use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/cases")]
    Cases,
    #[at("/cases/:id")]
    Case { id: String },
    #[at("/cases/:id/:section")]
    CaseSection { id: String, section: String },
    #[at("/vault")]
    Vault,
    /// Exchange between agencies, the agency's side: sharing keys, contacts, requests received.
    #[at("/exchange")]
    Exchange,
    /// A contribution to another agency's question request, by the request's id.
    #[at("/exchange/requests/:id")]
    ExchangeRequest { id: String },
    #[at("/safety")]
    Safety,
    /// Practice mode: choose a scenario. The practice case itself is edited at `/cases/practice-.../...`.
    #[at("/practice")]
    Practice,
    #[at("/practice/score")]
    PracticeScore,
    #[at("/practice/presenter")]
    PracticePresenter,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The pages the main navigation lists, in order, with the message id of their link text.
    pub const NAVIGATION: &'static [(Route, &'static str)] = &[
        (Route::Home, "nav-home"),
        (Route::Cases, "nav-cases"),
        (Route::Vault, "nav-vault"),
        (Route::Exchange, "nav-exchange"),
        (Route::Practice, "nav-practice"),
        (Route::Safety, "nav-safety"),
    ];
}
