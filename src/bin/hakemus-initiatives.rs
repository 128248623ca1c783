//! Mounts the first phase's app (`initiatives.html`: initiatives, expressions of interest and the
//! ministry's workshop); everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    hakemus::ui::initiative::run();
}
