//! Mounts the grant's app (`grant.html`: the granted project, its accounts, reports, payment claims
//! and settlement); everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    hakemus::ui::grant::run();
}
