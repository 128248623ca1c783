//! Mounts the ministry's follow-up app (`follow-up.html`: the grants followed after the decision,
//! their reports, payments and settlements); everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    hakemus::ui::follow_up::run();
}
