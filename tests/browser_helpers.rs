//! The browser-test helpers of `tests/common/browser.rs` themselves (headless Chromium): a reader
//! of an element that is not there fails naming it, a wait fails naming what it waited for, and a
//! mounted app gives its turn back when it is dropped.
#![cfg(target_arch = "wasm32")]

mod common;

use common::browser::*;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
#[should_panic(expected = "no element #nowhere")]
fn the_text_of_a_missing_element_fails_naming_it() {
    text("nowhere");
}

#[wasm_bindgen_test]
async fn the_text_of_an_element_that_is_there_and_empty_is_empty() {
    let _app = mount_app(Some(my_turn().await), || view! { <p id="said"></p> }.into_any());
    assert_eq!(text("said"), "");
    assert_eq!(text_if_present("said").as_deref(), Some(""));
    assert_eq!(text_if_present("nowhere"), None);
}

#[wasm_bindgen_test]
#[should_panic(expected = "waited 3 s in vain for the moon")]
async fn a_wait_fails_naming_what_it_waited_for() {
    until("the moon", || false).await;
}

#[wasm_bindgen_test]
async fn a_dropped_app_gives_its_turn_back_at_once() {
    let app = mount_app(Some(my_turn().await), || view! { <p id="here">"täällä"</p> }.into_any());
    assert_eq!(text("here"), "täällä");
    drop(app);
    assert!(!exists("here"), "unmounted");
    let start = js_sys::Date::now();
    let _turn = my_turn().await;
    assert!(js_sys::Date::now() - start < 100.0, "the turn came back at once");
}
