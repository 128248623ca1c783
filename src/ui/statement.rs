//! The accessibility statement (saavutettavuusseloste, `/accessibility`), which the Act on the
//! Provision of Digital Services (306/2019) requires of a public digital service.

use crate::i18n::{self, T};
use crate::ui::store::use_store;
use crate::ui::summary::plain_page_title;
use leptos::prelude::*;

/// Where this deployment takes feedback on accessibility, set when the app is built:
/// `HAKEMUS_FEEDBACK_CONTACT="Kiuruveden kaupunki, saavutettavuus@kiuruvesi.fi" make build`. Without
/// it the statement names the programme's owner, the Ministry of Finance.
const FEEDBACK_CONTACT: Option<&str> = option_env!("HAKEMUS_FEEDBACK_CONTACT");

#[component]
pub fn StatementPage() -> impl IntoView {
    let store = use_store();
    let t = move |text: T| text.get(store.lang.get());
    plain_page_title(T::StatementLink);
    let part = move |title: T, body: T| {
        view! {
            <h2>{move || t(title)}</h2>
            <p>{move || t(body)}</p>
        }
    };
    view! {
        <div class="statement">
            <h1>{move || t(T::StatementLink)}</h1>
            <p class="lead">{move || t(T::StatementIntro)}</p>
            {part(T::StatementStatusTitle, T::StatementStatus)}
            {part(T::StatementTestingTitle, T::StatementTesting)}
            {part(T::StatementLimitsTitle, T::StatementLimits)}
            <h2>{move || t(T::StatementFeedbackTitle)}</h2>
            <p>{move || i18n::statement_feedback(store.lang.get(), FEEDBACK_CONTACT)}</p>
        </div>
    }
}
