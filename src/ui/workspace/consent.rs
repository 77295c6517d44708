//! The consent section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn ConsentSection(_props: &SectionProps) -> Html {
    Html::default()
}
