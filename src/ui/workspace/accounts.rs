//! The accounts section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn AccountsSection(_props: &SectionProps) -> Html {
    Html::default()
}
