//! The referrals section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn ReferralsSection(_props: &SectionProps) -> Html {
    Html::default()
}
