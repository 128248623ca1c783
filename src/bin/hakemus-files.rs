//! Mounts the files app (`files.html`: the drafts page); everything else lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    hakemus::ui::files_app::run();
}
