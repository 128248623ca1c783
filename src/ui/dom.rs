//! Small DOM helpers the components share.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with `id`, after the next render.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || focus_now(&id));
}

pub fn focus_now(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
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
    /// Counts presses, so that a timer set for one does not end the next.
    count: u32,
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
    let f = PRESS.with(|p| {
        let mut p = p.borrow_mut();
        if p.down {
            p.waiting.push(Box::new(f));
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

/// Follows the pointer's presses for `after_press`, once per page. A press ends once its click
/// has run (a timer after the click: the button's own handler first), when the browser gives it
/// up (`pointercancel`), when a key is pressed, when the mouse moves with no button down (the
/// release went to a select's list, outside the page), and at the latest half a second after
/// `pointerup` with no click (a drag; a finger's tap, whose focus moves after `pointerup`, clicks
/// well within it).
pub fn follow_presses() {
    use wasm_bindgen::closure::Closure;
    thread_local! {
        static FOLLOWING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if FOLLOWING.with(|f| f.replace(true)) {
        return;
    }
    let on = |name: &str, f: Box<dyn Fn(web_sys::Event)>| {
        let closure = Closure::<dyn Fn(web_sys::Event)>::wrap(f);
        let _ = window().add_event_listener_with_callback_and_bool(name, closure.as_ref().unchecked_ref(), true);
        closure.forget(); // for the page's life
    };
    on(
        "pointerdown",
        Box::new(|_| {
            PRESS.with(|p| {
                let mut p = p.borrow_mut();
                p.down = true;
                p.count = p.count.wrapping_add(1);
            })
        }),
    );
    let later = |ms: u64| {
        let count = PRESS.with(|p| p.borrow().count);
        set_timeout(
            move || {
                if PRESS.with(|p| p.borrow().count) == count {
                    end_press();
                }
            },
            std::time::Duration::from_millis(ms),
        );
    };
    on("click", Box::new(move |_| later(0)));
    on("pointerup", Box::new(move |_| later(500)));
    on("pointercancel", Box::new(|_| end_press()));
    on("keydown", Box::new(|_| end_press()));
    on(
        "pointermove",
        Box::new(|ev| {
            if PRESS.with(|p| p.borrow().down) {
                let buttons = js_sys::Reflect::get(&ev, &"buttons".into())
                    .ok()
                    .and_then(|b| b.as_f64());
                if buttons == Some(0.0) {
                    end_press();
                }
            }
        }),
    );
}
