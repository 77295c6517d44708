//! The questions section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn QuestionsSection(_props: &SectionProps) -> Html {
    Html::default()
}
