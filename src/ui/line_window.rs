//! The budget lines near the view: only they are built as rows; the lines between them are a gap
//! as tall as they would be (a row's height each, estimated). A keystroke, a layout and a paint
//! then cost what a screenful of rows costs, whether the budget has 50 lines or 2 000 (issue 18).
//! ARCHITECTURE.md ("The budget's lines near the view") states the accessible pattern and its
//! trade-offs:
//! - the page is as tall as the whole budget, so the scroll bar and scroll position mean what
//!   they would;
//! - the table states its size (`aria-rowcount`) and each row its position (`aria-rowindex`);
//! - the line focus is in stays built with its neighbours wherever the view goes, so Tab and
//!   Shift+Tab walk every line in order, and a field asked for (the error summary's link, a line
//!   added, duplicated or restored) is built first, then focused and brought into view;
//! - a gap holds each of its lines' description `hidden="until-found"`: find in page finds it, and
//!   the line is built in its place and scrolled into view.

use crate::domain::draft::LineId;
use crate::ui::dom::{after_press, focus_after_render, focus_now};
use crate::ui::store::AppStore;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Lines built before and after those in view.
const MARGIN: usize = 12;
/// Lines built before the page is laid out (then the view decides).
pub const FIRST_LINES: usize = 24;
/// The height a line not built stands for, in tenths of a rem: about a row's (style/main.css
/// `tr.gap`; measured in headless Chromium at 1280 px: 10.7rem since a line is laid out in two rows
/// to fit the screen (issue 27), 7rem as one row of ten columns). Tenths, so the height is written
/// without float formatting (9.5 KB of wasm). A narrow screen stacks a line's cells: its gaps are
/// sized in the stylesheet from `--lines`.
const ROW_TENTH_REMS: usize = 107;

/// The CSS height of a gap standing for `lines` lines.
pub fn gap_height(lines: usize) -> String {
    let tenths = lines * ROW_TENTH_REMS;
    format!("{}.{}rem", tenths / 10, tenths % 10)
}
/// The id of the table body whose rows are the lines built and the gaps between them.
pub const BODY_ID: &str = "budget-lines-body";

/// What the table body holds, in order: a line's row, or a gap standing for lines not built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Row(LineId),
    Gap(GapAt),
}

/// Where a gap is: a gap keeps its element while the lines built move, growing at one end and
/// shrinking at the other (a gap named by its order would move from the end to the start of the
/// table when a first gap appears, with hundreds of lines in it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GapAt {
    /// Before the first line built.
    Top,
    /// Between lines built (the range and the line focus is in): the first, the second.
    Between(usize),
    /// After the last line built.
    Bottom,
}

/// The table body for the lines as they are and the lines to build.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub slots: Vec<Slot>,
    /// For each slot, the index of its first line and how many lines it stands for.
    spans: Vec<(usize, usize)>,
    /// The lines of each gap.
    gaps: Vec<(GapAt, Vec<LineId>)>,
}

impl Layout {
    /// `ids` in order, the lines at `range` built, and the line at `pinned` with its neighbours.
    fn of(ids: &[LineId], range: (usize, usize), pinned: Option<usize>) -> Layout {
        let builds = |i: usize| (range.0..range.1).contains(&i) || pinned.is_some_and(|p| i + 1 >= p && i <= p + 1);
        let mut layout = Layout::default();
        let mut gap = None;
        for (i, id) in ids.iter().enumerate() {
            if builds(i) {
                if let Some(start) = gap.take() {
                    layout.gap(ids, start, i);
                }
                layout.slots.push(Slot::Row(*id));
                layout.spans.push((i, 1));
            } else if gap.is_none() {
                gap = Some(i);
            }
        }
        if let Some(start) = gap {
            layout.gap(ids, start, ids.len());
        }
        layout
    }

    fn gap(&mut self, ids: &[LineId], start: usize, end: usize) {
        let at = if start == 0 {
            GapAt::Top
        } else if end == ids.len() {
            GapAt::Bottom
        } else {
            GapAt::Between(
                self.gaps
                    .iter()
                    .filter(|(at, _)| matches!(at, GapAt::Between(_)))
                    .count(),
            )
        };
        self.slots.push(Slot::Gap(at));
        self.spans.push((start, end - start));
        self.gaps.push((at, ids[start..end].to_vec()));
    }

    /// The lines of the gap `at`.
    pub fn gap_lines(&self, at: GapAt) -> &[LineId] {
        self.gaps
            .iter()
            .find(|(a, _)| *a == at)
            .map_or(&[], |(_, ids)| ids.as_slice())
    }
}

/// Which lines are built: a range around the view, and the line focus is in with its neighbours.
#[derive(Clone, Copy)]
pub struct LineWindow {
    /// Lines at these positions (0-based, end exclusive) are built.
    range: RwSignal<(usize, usize)>,
    /// The line focus is in, or is about to move to: built wherever the view is, with the line
    /// before and after it, which Shift+Tab and Tab move to.
    pinned: RwSignal<Option<LineId>>,
    /// The lines' ids in order (the store's).
    ids: RwSignal<Vec<LineId>>,
    /// The rows and gaps of the table body.
    pub layout: Memo<Layout>,
    /// A measurement of the view waits for the next frame.
    queued: StoredValue<bool>,
    /// An element of a line to focus once it is on the page (its line was not built when asked).
    pending: StoredValue<Option<String>>,
    /// The id of the table body whose rows are the lines (the budget's [`BODY_ID`]).
    body: &'static str,
}

/// A field of a row lost focus (`blur`): `leave` marks it as left (its messages are shown from then
/// on), unless focus comes back to it by itself. A row moved in the DOM loses focus to nowhere, and
/// `LineWindow::focus_lost` puts it back before the next frame; the user has not left the field then, and
/// a message must not appear while they type. So a blur to nowhere is decided two frames later,
/// after that; a blur to another element (Tab, a click on a control) at once. Either way, a field
/// left by a pointer's press is marked left once its click has landed (`dom::after_press`, as every
/// field's blur), so that a message does not move the page under the pointer.
pub fn blurred(ev: &web_sys::FocusEvent, leave: impl FnOnce() + 'static) {
    if ev.related_target().is_some() {
        return after_press(leave);
    }
    let Some(field) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return after_press(leave);
    };
    request_animation_frame(move || {
        request_animation_frame(move || {
            if document().active_element().as_ref() != Some(&field) {
                after_press(leave);
            }
        })
    });
}

/// The budget's own search (for browsers whose find in page does not look into the gaps): the lines,
/// in order, whose description contains `query`, ignoring case; none for an empty query.
pub fn matching<'a>(lines: impl IntoIterator<Item = (LineId, &'a str)>, query: &str) -> Vec<LineId> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    lines
        .into_iter()
        .filter(|(_, description)| description.to_lowercase().contains(&query))
        .map(|(id, _)| id)
        .collect()
}

/// The hit after `current` among `hits` (the first when `current` is none of them), as (the line,
/// its place among the hits from 1).
pub fn next_hit(hits: &[LineId], current: Option<LineId>) -> Option<(LineId, usize)> {
    let at = current
        .and_then(|c| hits.iter().position(|h| *h == c))
        .map_or(0, |i| (i + 1) % hits.len().max(1));
    hits.get(at).map(|h| (*h, at + 1))
}

/// The line of a line's element id (`line-{id}` or `line-{id}-…`).
pub fn line_of(dom_id: &str) -> Option<LineId> {
    dom_id.strip_prefix("line-")?.split('-').next()?.parse().ok()
}

impl LineWindow {
    /// The window of a page with budget lines; it follows the view while the page lives.
    pub fn start(store: AppStore) -> LineWindow {
        let window = LineWindow::over(store.line_ids, BODY_ID);
        // The field that had focus when another version replaced the draft, if it is in a line:
        // that line is built and the field focused again (`session::replace`).
        let refocus = store.refocus.with_value(|f| f.as_deref().and_then(line_of));
        if let Some(line) = refocus {
            if let Some(Some(dom_id)) = store.refocus.try_update_value(Option::take) {
                // Once this page is rendered: an element of the page it replaces may have the id.
                window.surround(line);
                window.pending.set_value(Some(dom_id));
            }
        }
        window
    }

    /// The window over the rows `ids` of the table body `body` (each row `line-{id}`, as the
    /// budget's): another page's long table (the grant's accounts) built the same way. It follows
    /// the view while the page lives.
    pub fn over(ids: RwSignal<Vec<LineId>>, body: &'static str) -> LineWindow {
        let range = RwSignal::new((0, FIRST_LINES));
        let pinned = RwSignal::new(None::<LineId>);
        let layout = Memo::new(move |_| {
            let (range, pinned) = (range.get(), pinned.get());
            ids.with(|ids| {
                let p = pinned.and_then(|p| ids.iter().position(|id| *id == p));
                Layout::of(ids, range, p)
            })
        });
        let window = LineWindow {
            range,
            pinned,
            ids,
            layout,
            queued: StoredValue::new(false),
            pending: StoredValue::new(None),
            body,
        };
        let scroll = window_event_listener(ev::scroll, move |_| window.measure_soon());
        let resize = window_event_listener(ev::resize, move |_| window.measure_soon());
        // Find in page found a line in a gap: build it, and bring it into view.
        let found = window_event_listener_untyped("beforematch", move |ev| {
            let line = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-line"))
                .and_then(|id| id.parse::<LineId>().ok());
            if let Some(line) = line {
                window.reveal(line);
            }
        });
        on_cleanup(move || {
            scroll.remove();
            resize.remove();
            found.remove();
        });
        // Lines added or removed, or other rows built (a row is not exactly as tall as the height a
        // gap gives it): what is in view may have changed.
        Effect::new(move |_| {
            layout.track();
            window.measure_soon();
        });
        window
    }

    /// Focus has left the table to nowhere (`focusout` with no element gaining it): an element
    /// removed or moved, a press outside, or the app's own `blur` (`session::replace`).
    ///
    /// A row the table moves (rows built before it as the view goes up: the table's update moves
    /// rows after them, leptos' keyed diff) loses focus as it moves, and the browser says so just
    /// before the move. So the table body is watched from here until a microtask later (after the
    /// update that moved the row, before anything is painted or another key is handled): if its
    /// rows changed meanwhile and focus is still nowhere, the element is focused again where it now
    /// is. Tab and Shift+Tab go on from it, a message does not appear as if the field were left
    /// (`blurred`), and a screen reader is never left on the page's body. A press outside or a blur
    /// of the app's own moves no row: focus stays where it went. A page built anew with focus in a
    /// line (another tab's version) focuses it again through `pending` (`start`).
    pub fn focus_lost(self, ev: &web_sys::FocusEvent) {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return;
        };
        let Some(body) = document().get_element_by_id(self.body) else {
            return;
        };
        // Its records are taken, never delivered: its callback does nothing (one for the page's life).
        thread_local! {
            static NOTHING: wasm_bindgen::JsValue = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| ()).into_js_value();
        }
        let Ok(rows) = NOTHING.with(|f| web_sys::MutationObserver::new(f.unchecked_ref())) else {
            return;
        };
        let only_rows = web_sys::MutationObserverInit::new();
        only_rows.set_child_list(true);
        if rows.observe_with_options(&body, &only_rows).is_err() {
            return;
        }
        let again = wasm_bindgen::closure::Closure::once_into_js(move || {
            let moved = rows.take_records().length() > 0;
            rows.disconnect();
            let document = document();
            let active = document.active_element();
            if moved && el.is_connected() && (active.is_none() || active == document.body().map(Into::into)) {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
        });
        window().queue_microtask(again.unchecked_ref());
    }

    /// Focus has moved into the row of `line`: it stays built, with its neighbours.
    pub fn focused(self, line: LineId) {
        // `try_`: an event can reach a page that is being replaced.
        if self.pinned.try_get_untracked().is_some_and(|p| p != Some(line)) {
            self.pinned.try_set(Some(line));
        }
    }

    /// Line `line` is about to be brought into view: it is pinned, and unless it is in the range
    /// built, the range becomes the lines around it. So the view it is scrolled to is built at once,
    /// and no rows are built above it afterwards (their heights, unlike the gap's estimate, would
    /// move it out of view; a busy machine showed it).
    fn surround(self, line: LineId) {
        self.focused(line);
        let at = self
            .ids
            .try_with_untracked(|ids| ids.iter().position(|x| *x == line).map(|p| (p, ids.len())));
        if let (Some(Some((p, count))), Some((start, stop))) = (at, self.range.try_get_untracked()) {
            if p < start || p >= stop {
                self.range.set((p.saturating_sub(MARGIN), (p + MARGIN + 1).min(count)));
            }
        }
    }

    /// Builds line `line` with the lines around it and scrolls its row to the middle of the view;
    /// focus stays where it is (find in page, the budget's own search).
    pub fn reveal(self, line: LineId) {
        self.surround(line);
        request_animation_frame(move || {
            if let Some(row) = document().get_element_by_id(&format!("line-{line}")) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                row.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }

    /// Moves focus to the element `dom_id` of line `id`: at once if it is on the page, else once
    /// the line is built (the table is updated before the next frame). Focusing it brings it into
    /// view.
    pub fn focus(self, id: LineId, dom_id: String) {
        self.surround(id);
        if document().get_element_by_id(&dom_id).is_some() {
            focus_now(&dom_id);
        } else {
            self.pending.set_value(Some(dom_id));
            self.measure_soon();
        }
    }

    /// Measures the view at the next frame, once.
    fn measure_soon(self) {
        if self.queued.try_get_value() != Some(false) {
            return;
        }
        self.queued.set_value(true);
        request_animation_frame(move || {
            if self.queued.try_set_value(false).is_none() {
                self.measure();
            }
        });
    }

    /// Builds the lines in view and `MARGIN` on either side, once the view nears the range's end.
    fn measure(self) {
        let Some(body) = document().get_element_by_id(self.body) else {
            return;
        };
        // A field asked for, once its row is on the page (a line removed meanwhile: dropped).
        if let Some(dom_id) = self.pending.try_update_value(Option::take).flatten() {
            let line = line_of(&dom_id);
            if document().get_element_by_id(&dom_id).is_some() {
                focus_now(&dom_id);
            } else if self
                .layout
                .with_untracked(|l| l.slots.iter().any(|s| line.is_some_and(|line| *s == Slot::Row(line))))
            {
                self.pending.set_value(Some(dom_id)); // built, not rendered yet
                self.measure_soon();
            }
        }
        let Some((spans, count)) = self
            .layout
            .try_with_untracked(|l| (l.spans.clone(), l.spans.last().map_or(0, |(first, n)| first + n)))
        else {
            return;
        };
        let children = body.children();
        if children.length() as usize != spans.len() {
            return; // not rendered yet: measured again once it is
        }
        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let rects = (0..spans.len()).filter_map(|i| {
            let r = children.item(i as u32)?.get_bounding_client_rect();
            Some((r.top(), r.bottom()))
        });
        let Some((first, end)) = in_view(rects.zip(spans.iter().copied()), height, count) else {
            return;
        };
        let Some((start, stop)) = self.range.try_get_untracked() else {
            return;
        };
        if start > first.saturating_sub(MARGIN / 2) || stop < (end + MARGIN / 2).min(count) {
            self.range
                .set((first.saturating_sub(MARGIN), (end + MARGIN).min(count)));
        }
    }
}

/// The lines in a view `height` tall (first, end exclusive), from the slots' tops and bottoms
/// relative to it, each with the lines it stands for (a gap's evenly tall). Empty at 0 when the
/// table is below the view, at `count` when above it.
fn in_view(
    slots: impl Iterator<Item = ((f64, f64), (usize, usize))>,
    height: f64,
    count: usize,
) -> Option<(usize, usize)> {
    let mut seen: Option<(usize, usize)> = None;
    let mut any = false;
    for ((top, bottom), (first, n)) in slots {
        any = true;
        if bottom <= 0.0 {
            seen = Some((first + n, first + n));
            continue;
        }
        if top >= height {
            break;
        }
        let each = (bottom - top) / n.max(1) as f64;
        let skip = if top < 0.0 && each > 0.0 {
            ((-top / each) as usize).min(n - 1)
        } else {
            0
        };
        let shown = if each > 0.0 {
            (((height.min(bottom) - top) / each).ceil() as usize).clamp(1, n)
        } else {
            n
        };
        let (from, to) = (first + skip, first + shown);
        seen = Some(match seen {
            Some((a, b)) if b > a => (a, to.max(b)),
            _ => (from, to),
        });
    }
    if !any {
        return None;
    }
    Some(seen.unwrap_or((0, 0))).map(|(a, b)| (a.min(count), b.min(count)))
}

/// The line of the row an event happened in, if any.
pub fn line_of_event(ev: &web_sys::Event) -> Option<LineId> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let row = target.closest("tr[id^='line-']").ok()??;
    line_of(&row.id())
}

/// Focuses the element `dom_id` after the next render: through the page's line window when it is a
/// budget line's (the line may not be built).
pub fn focus_field(window: Option<LineWindow>, dom_id: String) {
    match (window, line_of(&dom_id)) {
        (Some(window), Some(line)) => window.focus(line, dom_id),
        _ => focus_after_render(dom_id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_finds_descriptions_in_order_ignoring_case_and_goes_round() {
        let lines = [(1, "Kannettavat"), (2, "Palvelin"), (3, "kannettavien TUKI"), (4, "")];
        assert_eq!(matching(lines, " KANNETTAV "), vec![1, 3]);
        assert_eq!(matching(lines, "tuki"), vec![3]);
        assert_eq!(matching(lines, "  "), Vec::<LineId>::new());
        assert_eq!(matching(lines, "näyttö"), Vec::<LineId>::new());
        let hits = [1, 3];
        assert_eq!(next_hit(&hits, None), Some((1, 1)));
        assert_eq!(next_hit(&hits, Some(1)), Some((3, 2)));
        assert_eq!(next_hit(&hits, Some(3)), Some((1, 1)));
        assert_eq!(
            next_hit(&hits, Some(2)),
            Some((1, 1)),
            "a line no longer found: from the first"
        );
        assert_eq!(next_hit(&[], Some(1)), None);
    }

    #[test]
    fn a_gap_is_as_tall_as_its_lines_rows_would_be_about() {
        assert_eq!(gap_height(0), "0.0rem");
        assert_eq!(gap_height(1), "10.7rem");
        assert_eq!(gap_height(2), "21.4rem");
        assert_eq!(gap_height(2_873), "30741.1rem");
    }

    #[test]
    fn a_line_is_read_from_its_element_ids() {
        assert_eq!(line_of("line-12"), Some(12));
        assert_eq!(line_of("line-12-amount"), Some(12));
        assert_eq!(line_of("risk-12-title"), None);
    }

    #[test]
    fn the_lines_in_view_are_read_from_rows_and_gaps() {
        // A gap of 10 lines (100 px each) from -550 to 450, then line 10 (450..590), then a gap of
        // 5 lines: a view 500 tall shows lines 5 to 9 of the first gap and line 10.
        let slots = vec![
            ((-550.0, 450.0), (0, 10)),
            ((450.0, 590.0), (10, 1)),
            ((590.0, 1090.0), (11, 5)),
        ];
        assert_eq!(in_view(slots.into_iter(), 500.0, 16), Some((5, 11)));
        // Below the view, above it, and no slots at all.
        assert_eq!(
            in_view(vec![((600.0, 700.0), (0, 1))].into_iter(), 500.0, 1),
            Some((0, 0))
        );
        assert_eq!(
            in_view(vec![((-700.0, -600.0), (0, 3))].into_iter(), 500.0, 3),
            Some((3, 3))
        );
        assert_eq!(in_view(std::iter::empty(), 500.0, 0), None);
    }

    #[test]
    fn the_pinned_line_and_its_neighbours_are_built_outside_the_range() {
        let ids: Vec<LineId> = (100..140).collect();
        let layout = Layout::of(&ids, (0, 5), Some(30));
        assert_eq!(
            layout.slots,
            vec![
                Slot::Row(100),
                Slot::Row(101),
                Slot::Row(102),
                Slot::Row(103),
                Slot::Row(104),
                Slot::Gap(GapAt::Between(0)),
                Slot::Row(129),
                Slot::Row(130),
                Slot::Row(131),
                Slot::Gap(GapAt::Bottom),
            ]
        );
        assert_eq!(layout.gap_lines(GapAt::Between(0)), &ids[5..29]);
        assert_eq!(layout.gap_lines(GapAt::Bottom), &ids[32..]);
        assert_eq!(layout.gap_lines(GapAt::Top), &[] as &[LineId]);
        assert_eq!(layout.spans[5], (5, 24));
        let layout = Layout::of(&ids[..10], (5, 7), Some(0));
        assert_eq!(
            layout.slots,
            vec![
                Slot::Row(100),
                Slot::Row(101),
                Slot::Gap(GapAt::Between(0)),
                Slot::Row(105),
                Slot::Row(106),
                Slot::Gap(GapAt::Bottom)
            ]
        );
        // The range moved down: the gap after it is still the bottom one, a top one appears.
        let layout = Layout::of(&ids, (3, 10), None);
        assert_eq!(layout.slots.first(), Some(&Slot::Gap(GapAt::Top)));
        assert_eq!(layout.slots.last(), Some(&Slot::Gap(GapAt::Bottom)));
    }
}
