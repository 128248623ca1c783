//! Why a granted project's report file was refused (`formats::grant_reports`): the strict reader's
//! words, a stated figure that is not the recomputed one, or the auditor's statement's refusal in
//! the grant's rules' words (`grant_rules`). For `hakemus-check` and the grant's pages only.

use crate::domain::formats::grant_reports::ReportError;
use crate::domain::grant::finding::{FinalField, Finding, Place, Rule};
use crate::domain::vocabulary::locale::Lang;
use crate::domain::vocabulary::money::Money;

/// A refusal with its place: `figures.cumulative.all.net: the file states 1 200,01 €, the rules
/// compute 1 200,00 €.`
pub fn report_error(lang: Lang, e: &ReportError) -> String {
    match e {
        ReportError::Read(e) => super::import_error(lang, e),
        ReportError::FigureDiffers {
            path,
            stated,
            recomputed,
        } => {
            let (stated, recomputed) = (figure(lang, stated), figure(lang, recomputed));
            match lang {
                Lang::Fi => {
                    format!("{path}: tiedostossa on {stated}, mutta sen tiedoista laskettuna luku on {recomputed}.")
                }
                Lang::Sv => {
                    format!("{path}: filen anger {stated}, men beräknat av dess uppgifter är värdet {recomputed}.")
                }
                Lang::En => {
                    format!("{path}: the file states {stated}, but computed from its contents it is {recomputed}.")
                }
            }
        }
        ReportError::Statement { path, message } => {
            let f = Finding::error(
                Rule::FinalReportContent,
                Place::Final(FinalField::AuditorStatement),
                message.clone(),
            );
            format!("{path}: {}", super::grant_rules::message(lang, &f))
        }
    }
}

/// An amount as `lang` writes it (`1 200,50 €`); other text quoted, nothing as a dash.
fn figure(lang: Lang, text: &str) -> String {
    let amount = match text.strip_prefix('-') {
        Some(m) => Money::parse_exchange(m).and_then(|m| Money::ZERO.checked_sub(m)),
        None => Money::parse_exchange(text),
    };
    match amount {
        Some(m) => m.format(lang),
        None if text.is_empty() => "–".into(),
        None => format!("”{text}”"),
    }
}

/// The figures `hakemus-check` prints of a report's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Share,
    Assumed,
    Period,
    Planned,
    ThisPeriod,
    Cumulative,
    Eligible,
    Cap,
    PaidBefore,
    MayClaim,
    Asked,
    RealisedNet,
    Vat,
    Grant,
    FinalGrant,
    Paid,
    LastInstalment,
    ToReturn,
}

/// A figure's label in `lang`.
pub fn label(lang: Lang, l: Label) -> &'static str {
    use Label::*;
    match (lang, l) {
        (Lang::Fi, Share) => "Avustuksen osuus",
        (Lang::Sv, Share) => "Understödets andel",
        (Lang::En, Share) => "The grant's share",
        (Lang::Fi, Assumed) => "oletus, ei haun sanamuoto",
        (Lang::Sv, Assumed) => "antagande, inte ansökningsomgångens ordalydelse",
        (Lang::En, Assumed) => "assumed, not the call's words",
        (Lang::Fi, Period) => "Raportointikausi",
        (Lang::Sv, Period) => "Rapporteringsperiod",
        (Lang::En, Period) => "Reporting period",
        (Lang::Fi, Planned) => "Suunnitellut kustannukset",
        (Lang::Sv, Planned) => "Planerade kostnader",
        (Lang::En, Planned) => "Planned costs",
        (Lang::Fi, ThisPeriod) => "Kauden toteutuneet kustannukset",
        (Lang::Sv, ThisPeriod) => "Periodens förverkligade kostnader",
        (Lang::En, ThisPeriod) => "Realised costs of the period",
        (Lang::Fi, Cumulative) => "Toteutuneet kustannukset yhteensä kauden loppuun",
        (Lang::Sv, Cumulative) => "Förverkligade kostnader sammanlagt till periodens slut",
        (Lang::En, Cumulative) => "Realised costs in all to the period's end",
        (Lang::Fi, Eligible) => "Hyväksyttävät toteutuneet kustannukset",
        (Lang::Sv, Eligible) => "Godtagbara förverkligade kostnader",
        (Lang::En, Eligible) => "Eligible realised costs",
        (Lang::Fi, Cap) => "Avustuksen osuus, enintään myönnetty avustus",
        (Lang::Sv, Cap) => "Understödets andel, högst det beviljade understödet",
        (Lang::En, Cap) => "The grant's share, at most the grant",
        (Lang::Fi, PaidBefore) => "Aiemmin maksettu tai haettu",
        (Lang::Sv, PaidBefore) => "Tidigare utbetalt eller sökt",
        (Lang::En, PaidBefore) => "Paid or claimed before",
        (Lang::Fi, MayClaim) => "Haettavissa",
        (Lang::Sv, MayClaim) => "Kan sökas",
        (Lang::En, MayClaim) => "May be claimed",
        (Lang::Fi, Asked) => "Haettu määrä",
        (Lang::Sv, Asked) => "Sökt belopp",
        (Lang::En, Asked) => "Amount claimed",
        (Lang::Fi, RealisedNet) => "Toteutuneet arvonlisäverottomat kokonaiskustannukset",
        (Lang::Sv, RealisedNet) => "Förverkligade totala kostnader utan mervärdesskatt",
        (Lang::En, RealisedNet) => "Realised total costs without VAT",
        (Lang::Fi, Vat) => "Arvonlisävero",
        (Lang::Sv, Vat) => "Mervärdesskatt",
        (Lang::En, Vat) => "VAT",
        (Lang::Fi, Grant) => "Myönnetty avustus enintään",
        (Lang::Sv, Grant) => "Beviljat understöd högst",
        (Lang::En, Grant) => "Grant at most",
        (Lang::Fi, FinalGrant) => "Lopullinen avustus",
        (Lang::Sv, FinalGrant) => "Slutligt understöd",
        (Lang::En, FinalGrant) => "Final grant",
        (Lang::Fi, Paid) => "Maksettu",
        (Lang::Sv, Paid) => "Utbetalt",
        (Lang::En, Paid) => "Paid",
        (Lang::Fi, LastInstalment) => "Viimeinen erä",
        (Lang::Sv, LastInstalment) => "Sista raten",
        (Lang::En, LastInstalment) => "Last instalment",
        (Lang::Fi, ToReturn) => "Palautettava (valtionavustuslaki 20 §)",
        (Lang::Sv, ToReturn) => "Ska återbetalas (statsunderstödslagen 20 §)",
        (Lang::En, ToReturn) => "To be returned (Act on Discretionary Government Transfers, 20 §)",
    }
}

/// A stated figure (a decimal string) as `lang` writes it.
pub fn amount(lang: Lang, text: &str) -> String {
    figure(lang, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_that_differs_is_said_with_both_amounts_in_each_language() {
        let e = ReportError::FigureDiffers {
            path: "figures.may_claim".into(),
            stated: "127500.03".into(),
            recomputed: "-127500.02".into(),
        };
        let fi = report_error(Lang::Fi, &e);
        let (a, b) = (Money::from_cents(12_750_003), Money::from_cents(-12_750_002));
        assert_eq!(
            fi,
            format!(
                "figures.may_claim: tiedostossa on {}, mutta sen tiedoista laskettuna luku on {}.",
                a.format(Lang::Fi),
                b.format(Lang::Fi)
            )
        );
        let en = report_error(Lang::En, &e);
        assert!(
            en.contains(&a.format(Lang::En)) && en.contains(&b.format(Lang::En)),
            "{en}"
        );
        assert!(report_error(Lang::Sv, &e).contains("filen anger"));
    }
}
