//! A long list shown a page of rows at a time, so that the cost of a change does not grow with
//! the case: only the rows of the page are built and compared. Every row stays reachable by
//! keyboard (previous, next, and a page chosen by number) and the rows shown are announced
//! whenever the page changes. A list that fits one page is shown whole, with no controls.

use crate::ui::hooks::use_translator;
use std::ops::Range;
use yew::prelude::*;

/// Rows on a page: enough to read and compare, few enough to render within a frame.
pub const PAGE_ROWS: usize = 50;

#[derive(Properties, PartialEq)]
pub struct PagedProps {
    /// How many rows the whole list has.
    pub count: usize,
    /// What the rows are, for the name of the page navigation ("Questions for Police").
    pub label: AttrValue,
    /// The rows in this range, in their list element.
    pub rows: Callback<Range<usize>, Html>,
    #[prop_or(PAGE_ROWS)]
    pub page_rows: usize,
    /// A row to bring into view when it changes: the one being edited, say.
    #[prop_or_default]
    pub reveal: Option<usize>,
}

/// The rows of page `page` (from 0) of a list of `count`, `page_rows` to a page; the last page
/// when `page` is past it.
pub fn page_range(count: usize, page_rows: usize, page: usize) -> Range<usize> {
    let last = count.saturating_sub(1) / page_rows.max(1);
    let start = page.min(last) * page_rows;
    start..(start + page_rows).min(count)
}

/// The page of a long list that is shown, with what says which rows these are and the controls
/// that move between pages (both empty when the list fits one page).
pub struct PageView {
    pub range: Range<usize>,
    /// "Showing 51–100 of 1,500", announced when the page changes.
    pub shown: Html,
    pub controls: Html,
}

/// A page of a list of `count` rows, `page_rows` to a page, named `label` ("Questions for
/// Police"); the page holding row `reveal` is shown when that changes.
#[hook]
pub fn use_page(count: usize, page_rows: usize, label: &str, reveal: Option<usize>) -> PageView {
    let t = use_translator();
    let page = use_state(|| 0usize);
    let rows = page_rows.max(1);
    {
        let page = page.clone();
        use_effect_with((reveal, rows), move |(reveal, rows)| {
            if let Some(row) = reveal {
                page.set(row / rows);
            }
        });
    }
    let range = page_range(count, rows, *page);
    if count <= rows {
        return PageView {
            range,
            shown: Html::default(),
            controls: Html::default(),
        };
    }
    let pages = count.div_ceil(rows);
    let current = range.start / rows;
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let on_choose = {
        let page = page.clone();
        Callback::from(move |event: Event| {
            let chosen = event
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(number) = chosen.parse::<usize>() {
                page.set(number.saturating_sub(1));
            }
        })
    };
    let shown = t.tr_with(
        "rows-shown",
        &[
            ("first", (range.start + 1).into()),
            ("last", range.end.into()),
            ("count", count.into()),
        ],
    );
    PageView {
        range,
        shown: html! { <p class="rows-shown" aria-live="polite">{ shown }</p> },
        controls: html! {
            <nav class="pages no-print" aria-label={t.tr_with("rows-pages", &[("list", label.to_owned().into())])}>
                <button type="button" class="secondary" disabled={current == 0} onclick={go(current.saturating_sub(1))}>
                    { t.tr("rows-previous") }
                </button>
                <label>
                    { t.tr("rows-page") }{ " " }
                    <select onchange={on_choose}>
                        { for (1..=pages).map(|n| html! {
                            <option value={n.to_string()} selected={n == current + 1}>{ n }</option>
                        }) }
                    </select>
                    { " " }{ t.tr_with("rows-of-pages", &[("pages", pages.into())]) }
                </label>
                <button type="button" class="secondary" disabled={current + 1 == pages} onclick={go(current + 1)}>
                    { t.tr("rows-next") }
                </button>
            </nav>
        },
    }
}

/// A list shown a page at a time, for lists made in a loop (where a hook cannot be called).
#[component]
pub fn Paged(props: &PagedProps) -> Html {
    let PageView {
        range,
        shown,
        controls,
    } = use_page(props.count, props.page_rows, &props.label, props.reveal);
    html! {
        <>
            { shown }
            { props.rows.emit(range) }
            { controls }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::page_range;

    #[test]
    fn a_page_holds_its_rows_and_the_last_page_the_rest() {
        assert_eq!(page_range(0, 50, 0), 0..0);
        assert_eq!(page_range(50, 50, 0), 0..50);
        assert_eq!(page_range(51, 50, 1), 50..51);
        assert_eq!(page_range(1_500, 50, 29), 1_450..1_500);
    }

    #[test]
    fn a_page_past_the_end_of_a_shorter_list_is_its_last_page() {
        // The list shrank (questions removed) while a later page was shown.
        assert_eq!(page_range(120, 50, 7), 100..120);
        assert_eq!(page_range(100, 50, 2), 50..100);
    }
}
