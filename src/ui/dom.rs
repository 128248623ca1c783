//! Small DOM helpers the components share.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with `id`, after the next render.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || focus_now(&id));
}

/// Moves focus to the element with `id` once it is built (a page opened by a link): tried at each
/// animation frame, at most `frames` times.
pub fn focus_when_built(id: String, frames: u32) {
    request_animation_frame(move || {
        if document().get_element_by_id(&id).is_some() {
            focus_now(&id);
        } else if frames > 0 {
            focus_when_built(id, frames - 1);
        }
    });
}

/// Brings the element the address's `#fragment` names into view once the page is built: a page
/// load from another app's link (`/drafts#import`), where the browser looked for it before the app
/// built the page.
pub fn reveal_hash() {
    let Some(id) = window()
        .location()
        .hash()
        .ok()
        .and_then(|h| h.strip_prefix('#').map(str::to_owned))
    else {
        return;
    };
    if !id.is_empty() {
        request_animation_frame(move || {
            if let Some(el) = document().get_element_by_id(&id) {
                el.scroll_into_view();
            }
        });
    }
}

pub fn focus_now(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Keeps CSS custom properties of the element `node` as `props` gives them (the headings a narrow
/// screen shows beside each cell, in the language). Through the CSSOM: the site's
/// Content-Security-Policy (`style-src 'self'`, deploy/nginx.conf) refuses a `style` attribute, not a
/// property set this way.
pub fn css_properties<E>(node: NodeRef<E>, props: impl Fn() -> Vec<(&'static str, String)> + 'static)
where
    E: leptos::tachys::html::element::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |_| {
        let props = props();
        if let Some(el) = node.get() {
            let style = el.unchecked_ref::<web_sys::HtmlElement>().style();
            for (name, value) in props {
                let _ = style.set_property(name, &value);
            }
        }
    });
}

/// A text as a CSS string (for `content`): quoted, its quotes and backslashes left out.
pub fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace(['\\', '"'], ""))
}

/// Waits `ms` milliseconds (a timer; other work goes on meanwhile).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A press of a pointer (a mouse button, a finger, a pen) that has not landed yet: from
/// `pointerdown` until its `click` (see `follow_presses`), and what waits for it to land.
#[derive(Default)]
struct Press {
    down: bool,
    waiting: Vec<Box<dyn FnOnce()>>,
}

thread_local! {
    static PRESS: std::cell::RefCell<Press> = std::cell::RefCell::new(Press::default());
}

/// Runs `f` once no pointer press is in progress: at once, or after the press's click has landed.
///
/// A field's messages appear when the user leaves it (GOV.UK's pattern). A click on a button
/// below the field leaves it at `pointerdown`, before the click lands at `pointerup`: a message
/// appearing then would push the page down under the pointer, and the click would land on
/// whatever moved there. So a field left by a press is marked left once the click has landed;
/// left by the keyboard, at once.
pub fn after_press(f: impl FnOnce() + 'static) {
    wait_for_press(Box::new(f));
}

/// `after_press`, one copy in the wasm for every caller.
fn wait_for_press(f: Box<dyn FnOnce()>) {
    let f = PRESS.with(|p| {
        let mut p = p.borrow_mut();
        if p.down {
            p.waiting.push(f);
            None
        } else {
            Some(f)
        }
    });
    if let Some(f) = f {
        f();
    }
}

/// The press has landed (or was given up): what waited for it runs.
fn end_press() {
    let waiting = PRESS.with(|p| {
        let mut p = p.borrow_mut();
        p.down = false;
        std::mem::take(&mut p.waiting)
    });
    for f in waiting {
        f();
    }
}

/// Follows the pointer's presses for `after_press`, once per page. A press ends at the frame after
/// its click (the button's own handler has run by then), when the browser gives it up
/// (`pointercancel`), when a key is pressed, and when the mouse moves with no button down (a press
/// with no click: a drag, or the release went to a select's list, outside the page). A finger's tap
/// moves focus after `pointerup`, before its click: still within the press. The app's own handlers
/// never stop an event's propagation, so the window hears every one. Called once, by the app.
pub fn follow_presses() {
    for name in ["pointerdown", "click", "pointercancel", "keydown"] {
        // For the page's life: the handles are not removed. One handler for these (one copy in the wasm).
        let _ = window_event_listener_untyped(name, on_press_event);
    }
    // A move asks the browser nothing unless a press is in progress (moves come many a second).
    let _ = window_event_listener_untyped("pointermove", |ev| {
        if PRESS.with(|p| p.borrow().down) && ev.unchecked_ref::<web_sys::MouseEvent>().buttons() == 0 {
            end_press();
        }
    });
}

fn on_press_event(ev: web_sys::Event) {
    match ev.type_().as_str() {
        "pointerdown" => PRESS.with(|p| p.borrow_mut().down = true),
        "click" => request_animation_frame(end_press),
        _ => end_press(), // pointercancel, keydown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[test]
    fn a_field_left_by_a_press_is_marked_left_once_the_press_ends_and_by_the_keyboard_at_once() {
        let marked = Rc::new(RefCell::new(Vec::new()));
        let mark = |name: &'static str| {
            let marked = marked.clone();
            move || marked.borrow_mut().push(name)
        };
        // No press: at once (Tab).
        after_press(mark("tab"));
        assert_eq!(*marked.borrow(), ["tab"]);
        // A press in progress: not before it ends, then in the order the fields were left.
        PRESS.with(|p| p.borrow_mut().down = true);
        after_press(mark("first"));
        after_press(mark("second"));
        assert_eq!(*marked.borrow(), ["tab"], "nothing while the button is down");
        end_press();
        assert_eq!(*marked.borrow(), ["tab", "first", "second"]);
        // Ended once: nothing runs twice, and the next field left by the keyboard is at once.
        end_press();
        after_press(mark("tab again"));
        assert_eq!(*marked.borrow(), ["tab", "first", "second", "tab again"]);
    }
}

/// A new random UUID (version 4) from the browser, for what names something across browsers (a
/// partner request, an initiative): `crypto.randomUUID`, which browsers give only to secure pages
/// (HTTPS, localhost); elsewhere (a site served over plain HTTP), one made the same way from
/// `crypto.getRandomValues`, which every page has, so that making one never fails.
pub fn new_uuid() -> String {
    let win = window();
    let crypto = win.crypto().ok();
    if let Some(crypto) = crypto.as_ref().filter(|_| win.is_secure_context()) {
        return crypto.random_uuid();
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        bytes
            .iter_mut()
            .for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8);
    }
    uuid_v4(bytes)
}

/// A version 4 UUID of 16 random bytes, as `crypto.randomUUID` writes one (RFC 9562: the version
/// and the variant set, lower-case hex in groups of 8-4-4-4-12).
fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = 0x40 | (bytes[6] & 0x0f); // the version
    bytes[8] = 0x80 | (bytes[8] & 0x3f); // the variant
    let s: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &s[..8], &s[8..12], &s[12..16], &s[16..20], &s[20..])
}

#[cfg(test)]
mod uuid_tests {
    use super::uuid_v4;

    #[test]
    fn a_uuid_made_without_random_uuid_is_shaped_as_one() {
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        let id = uuid_v4(*b"0123456789abcdef");
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
    }
}
