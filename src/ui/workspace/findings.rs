//! The findings section of the case workspace.

use crate::ui::workspace::SectionProps;
use yew::prelude::*;

#[component]
pub fn FindingsSection(_props: &SectionProps) -> Html {
    Html::default()
}
