//! The session section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn SessionSection(_props: &SectionProps) -> Html {
    Html::default()
}
