//! The coverage section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn CoverageSection(_props: &SectionProps) -> Html {
    Html::default()
}
