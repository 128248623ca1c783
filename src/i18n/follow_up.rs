//! The ministry's follow-up of each grant (`domain::reviewer::follow_up`, docs/rules.md §12.3–§12.6):
//! its findings' sentences, why a follow-up file was refused, and the labels `hakemus-check` prints
//! (`Fu`). Finnish from decision 004 where it has the words ("valtionavustuslain 20 §:n mukaisesti",
//! "maksatushakemus", "erä"). For `hakemus-check` and the ministry's follow-up pages only: no other
//! app's table names it.

use crate::domain::formats::follow_up::FollowUpError;
use crate::domain::reviewer::follow_up::{Finding, Message, ReportState};
use crate::domain::vocabulary::locale::Lang;

/// The labels of the follow-up's figures and states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fu {
    Grant,
    Claimed,
    Paid,
    Available,
    Period,
    Late,
    FinalReport,
    FinalGrant,
    LastInstalment,
    Recovery,
    RecoveryDue,
    NotDecided,
    PaymentList,
    Appropriation,
    Granted,
    Recovered,
    Committed,
    NotGranted,
    Total,
    Assumed,
}

impl Fu {
    pub fn get(self, lang: Lang) -> &'static str {
        use Fu::*;
        match (lang, self) {
            (Lang::Fi, Grant) => "Myönnetty avustus enintään",
            (Lang::Sv, Grant) => "Beviljat understöd högst",
            (Lang::En, Grant) => "Grant at most",
            (Lang::Fi, Claimed) => "Haettu maksatushakemuksilla",
            (Lang::Sv, Claimed) => "Sökt med utbetalningsansökningar",
            (Lang::En, Claimed) => "Claimed",
            (Lang::Fi, Paid) => "Maksettu",
            (Lang::Sv, Paid) => "Utbetalt",
            (Lang::En, Paid) => "Paid",
            (Lang::Fi, Available) => "Vielä käytettävissä",
            (Lang::Sv, Available) => "Ännu tillgängligt",
            (Lang::En, Available) => "Still available",
            (Lang::Fi, Period) => "Raportointikausi",
            (Lang::Sv, Period) => "Rapporteringsperiod",
            (Lang::En, Period) => "Reporting period",
            (Lang::Fi, Late) => "myöhässä",
            (Lang::Sv, Late) => "försenad",
            (Lang::En, Late) => "late",
            (Lang::Fi, FinalReport) => "Loppuraportti",
            (Lang::Sv, FinalReport) => "Slutrapport",
            (Lang::En, FinalReport) => "Final report",
            (Lang::Fi, FinalGrant) => "Lopullinen avustus",
            (Lang::Sv, FinalGrant) => "Slutligt understöd",
            (Lang::En, FinalGrant) => "Final grant",
            (Lang::Fi, LastInstalment) => "Viimeinen erä",
            (Lang::Sv, LastInstalment) => "Sista raten",
            (Lang::En, LastInstalment) => "Last instalment",
            (Lang::Fi, Recovery) => "Takaisin perittävä (valtionavustuslaki 20 §)",
            (Lang::Sv, Recovery) => "Återkrävs (statsunderstödslagen 20 §)",
            (Lang::En, Recovery) => "To recover (Act on Discretionary Government Transfers, 20 §)",
            (Lang::Fi, RecoveryDue) => "eräpäivä",
            (Lang::Sv, RecoveryDue) => "förfallodag",
            (Lang::En, RecoveryDue) => "due",
            (Lang::Fi, NotDecided) => "ei vielä päätetty",
            (Lang::Sv, NotDecided) => "inte ännu beslutat",
            (Lang::En, NotDecided) => "not decided yet",
            (Lang::Fi, PaymentList) => "Maksatuslista",
            (Lang::Sv, PaymentList) => "Utbetalningslista",
            (Lang::En, PaymentList) => "Payment list",
            (Lang::Fi, Appropriation) => "Määräraha",
            (Lang::Sv, Appropriation) => "Anslag",
            (Lang::En, Appropriation) => "Appropriation",
            (Lang::Fi, Granted) => "Myönnetty",
            (Lang::Sv, Granted) => "Beviljat",
            (Lang::En, Granted) => "Granted",
            (Lang::Fi, Recovered) => "Takaisin perittävä",
            (Lang::Sv, Recovered) => "Återkrävs",
            (Lang::En, Recovered) => "To recover",
            (Lang::Fi, Committed) => "Vielä sidottu",
            (Lang::Sv, Committed) => "Ännu bundet",
            (Lang::En, Committed) => "Still committed",
            (Lang::Fi, NotGranted) => "Myöntämättä",
            (Lang::Sv, NotGranted) => "Inte beviljat",
            (Lang::En, NotGranted) => "Not granted",
            (Lang::Fi, Total) => "Yhteensä",
            (Lang::Sv, Total) => "Sammanlagt",
            (Lang::En, Total) => "Total",
            (Lang::Fi, Assumed) => "oletus, ei päätöksen sanamuoto",
            (Lang::Sv, Assumed) => "antagande, inte beslutets ordalydelse",
            (Lang::En, Assumed) => "assumed, not the decision's words",
        }
    }
}

/// A report's state in `lang`.
pub fn state(lang: Lang, s: ReportState) -> &'static str {
    match (lang, s) {
        (Lang::Fi, ReportState::Missing) => "puuttuu",
        (Lang::Sv, ReportState::Missing) => "saknas",
        (Lang::En, ReportState::Missing) => "missing",
        (Lang::Fi, ReportState::Received) => "saapunut",
        (Lang::Sv, ReportState::Received) => "inkommen",
        (Lang::En, ReportState::Received) => "received",
        (Lang::Fi, ReportState::CompletionRequested) => "täydennystä pyydetty",
        (Lang::Sv, ReportState::CompletionRequested) => "komplettering begärd",
        (Lang::En, ReportState::CompletionRequested) => "completion requested",
        (Lang::Fi, ReportState::Accepted) => "hyväksytty",
        (Lang::Sv, ReportState::Accepted) => "godkänd",
        (Lang::En, ReportState::Accepted) => "accepted",
        (Lang::Fi, ReportState::Completed) => "täydennetty",
        (Lang::Sv, ReportState::Completed) => "kompletterad",
        (Lang::En, ReportState::Completed) => "completed",
    }
}

/// A finding's sentence in `lang`.
pub fn message(lang: Lang, f: &Finding) -> String {
    use Message::*;
    match (&f.message, lang) {
        (DateInvalid { typed }, Lang::Fi) => format!("”{typed}” ei ole päivämäärä (esim. 30.11.2021)."),
        (DateInvalid { typed }, Lang::Sv) => format!("”{typed}” är inte ett datum (t.ex. 30.11.2021)."),
        (DateInvalid { typed }, Lang::En) => format!("“{typed}” is not a date (e.g. 30.11.2021)."),
        (AmountInvalid { typed }, Lang::Fi) => format!("”{typed}” ei ole rahamäärä."),
        (AmountInvalid { typed }, Lang::Sv) => format!("”{typed}” är inte ett belopp."),
        (AmountInvalid { typed }, Lang::En) => format!("“{typed}” is not an amount."),
        (NotSignedOff, Lang::Fi) => "Tarkastusta ei ole kuitattu: anna tarkastajan nimi ja päivämäärä.".into(),
        (NotSignedOff, Lang::Sv) => "Granskningen är inte kvitterad: ange granskarens namn och datum.".into(),
        (NotSignedOff, Lang::En) => "The check is not signed off: give the checker's name and the date.".into(),
        (LeaveOutWithoutReason { entry }, Lang::Fi) => {
            format!("Kirjaus {entry} jätetään pois hyväksyttävistä kustannuksista: kirjoita peruste.")
        }
        (LeaveOutWithoutReason { entry }, Lang::Sv) => {
            format!("Posten {entry} lämnas utanför de godtagbara kostnaderna: skriv en motivering.")
        }
        (LeaveOutWithoutReason { entry }, Lang::En) => {
            format!("Entry {entry} is left out of the eligible costs: give the reason.")
        }
        (UnknownEntry { entry }, Lang::Fi) => format!("Raportissa ei ole kirjausta {entry}."),
        (UnknownEntry { entry }, Lang::Sv) => format!("Rapporten har ingen post {entry}."),
        (UnknownEntry { entry }, Lang::En) => format!("The report has no entry {entry}."),
        (ReportUnreadable, Lang::Fi) => "Vastaanotettua tiedostoa ei voi enää lukea.".into(),
        (ReportUnreadable, Lang::Sv) => "Den mottagna filen kan inte längre läsas.".into(),
        (ReportUnreadable, Lang::En) => "The file received can no longer be read.".into(),
        (NoSuchClaim { number: 0 }, Lang::Fi) => "Valitse maksatushakemus, jonka erä maksetaan.".into(),
        (NoSuchClaim { number: 0 }, Lang::Sv) => "Välj utbetalningsansökan vars rat betalas.".into(),
        (NoSuchClaim { number: 0 }, Lang::En) => "Choose the payment claim whose instalment is paid.".into(),
        (NoSuchClaim { number }, Lang::Fi) => {
            format!(
                "Maksatushakemusta {number} ei ole vastaanotettu: avustus maksetaan maksatushakemuksen perusteella."
            )
        }
        (NoSuchClaim { number }, Lang::Sv) => {
            format!("Utbetalningsansökan {number} har inte tagits emot: understödet betalas på basis av en utbetalningsansökan.")
        }
        (NoSuchClaim { number }, Lang::En) => {
            format!("Payment claim {number} has not been received: the grant is paid on a claim.")
        }
        (AboveMayClaim { approved, may }, l) => {
            let (a, m) = (approved.format(l), may.format(l));
            match l {
                Lang::Fi => format!("Hyväksytty {a} on enemmän kuin maksatushakemuksella voi hakea ({m})."),
                Lang::Sv => format!("Godkänt {a} är mer än vad utbetalningsansökan kan söka ({m})."),
                Lang::En => format!("{a} approved is more than the claim may ask ({m})."),
            }
        }
        (PaidNotApproved, Lang::Fi) => "Maksettu, mutta ei hyväksytty (hyväksyjä ja päivämäärä puuttuvat).".into(),
        (PaidNotApproved, Lang::Sv) => "Utbetalt men inte godkänt (godkännare och datum saknas).".into(),
        (PaidNotApproved, Lang::En) => "Paid but not approved (no approver or date).".into(),
        (SamePerson { name }, Lang::Fi) => format!("{name} sekä esittelee että hyväksyy maksun."),
        (SamePerson { name }, Lang::Sv) => format!("{name} både föredrar och godkänner utbetalningen."),
        (SamePerson { name }, Lang::En) => format!("{name} both presents and approves the payment."),
        (RecoveryDueMissing { amount }, l) => {
            let a = amount.format(l);
            match l {
                Lang::Fi => format!("Takaisin perittävälle {a} ei ole eräpäivää."),
                Lang::Sv => format!("Återkravet på {a} har ingen förfallodag."),
                Lang::En => format!("The {a} to recover has no due date."),
            }
        }
        (NoFinalReport, Lang::Fi) => "Loppuraporttia ei ole vastaanotettu: selvitystä ei voi tehdä.".into(),
        (NoFinalReport, Lang::Sv) => "Slutrapporten har inte tagits emot: avräkningen kan inte göras.".into(),
        (NoFinalReport, Lang::En) => "No final report received: the grant cannot be settled.".into(),
        (CompletionUnanswered { question }, Lang::Fi) => {
            format!("Täydennykseen ei ole vastattu kysymykseen {question}.")
        }
        (CompletionUnanswered { question }, Lang::Sv) => {
            format!("Kompletteringen besvarar inte fråga {question}.")
        }
        (CompletionUnanswered { question }, Lang::En) => {
            format!("The completion does not answer question {question}.")
        }
        (CompletionNothingAsked, Lang::Fi) => "Kirjoita kysymys tai valitse kirjaus, josta kysytään.".into(),
        (CompletionNothingAsked, Lang::Sv) => "Skriv en fråga eller välj en post som frågan gäller.".into(),
        (CompletionNothingAsked, Lang::En) => "Write a question or choose an entry to ask about.".into(),
        (CompletionDeadlinePassed { deadline }, l) => {
            let d = super::format::date(l, *deadline);
            match l {
                Lang::Fi => format!("Määräaika {d} on jo mennyt."),
                Lang::Sv => format!("Tidsfristen {d} har redan gått ut."),
                Lang::En => format!("The deadline {d} has passed already."),
            }
        }
        (CompletionEntryUnasked { entry }, Lang::Fi) => format!("Kirjoita, mitä kirjauksesta {entry} kysytään."),
        (CompletionEntryUnasked { entry }, Lang::Sv) => format!("Skriv vad som frågas om posten {entry}."),
        (CompletionEntryUnasked { entry }, Lang::En) => format!("Write what is asked about entry {entry}."),
        (CompletionLate { deadline, answered }, l) => {
            let (d, a) = (super::format::date(l, *deadline), super::format::date(l, *answered));
            match l {
                Lang::Fi => format!("Täydennys tehtiin {a}, määräajan {d} jälkeen."),
                Lang::Sv => format!("Kompletteringen gjordes {a}, efter tidsfristen {d}."),
                Lang::En => format!("The completion was made on {a}, after the deadline {d}."),
            }
        }
    }
}

/// Why a follow-up file was refused, with its place.
pub fn follow_up_error(lang: Lang, e: &FollowUpError) -> String {
    match e {
        FollowUpError::Read(e) => super::import_error(lang, e),
        FollowUpError::Report { path, error } => {
            format!("{path}: {}", super::grant_reports::report_error(lang, error))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reviewer::follow_up::Rule;
    use crate::domain::rules::finding::Severity;
    use crate::domain::vocabulary::money::Money;

    #[test]
    fn an_amount_above_what_the_claim_may_ask_is_said_with_both_amounts() {
        let f = Finding {
            rule: Rule::Payment,
            severity: Severity::Error,
            path: "payments[2].amount".into(),
            message: Message::AboveMayClaim {
                approved: Money::from_cents(4_000_004),
                may: Money::from_cents(4_000_003),
            },
            assumed: false,
            source: None,
        };
        let (a, m) = (Money::from_cents(4_000_004), Money::from_cents(4_000_003));
        assert_eq!(
            message(Lang::Fi, &f),
            format!(
                "Hyväksytty {} on enemmän kuin maksatushakemuksella voi hakea ({}).",
                a.format(Lang::Fi),
                m.format(Lang::Fi)
            )
        );
        assert!(message(Lang::En, &f).contains("more than the claim may ask"));
        assert!(message(Lang::Sv, &f).contains("utbetalningsansökan"));
    }
}
