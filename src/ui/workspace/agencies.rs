//! The agencies section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn AgenciesSection(_props: &SectionProps) -> Html {
    Html::default()
}
