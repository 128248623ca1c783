//! Mounts the reviewer's app (`reviewer.html`); everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    hakemus::ui::reviewer::run();
}
