//! The status of an order, for both kinds (domain.md sections 1 and 2): parsed forgivingly with
//! the same squash-and-look-up mechanism as the port type, and described as data (what it means,
//! what to do next, whether the order is finished and whether it may be edited).
//!
//! Everything the editing rules, `editableFields` and `explainStatus` say about a status comes
//! from [`Status::info`], so the three can never disagree.

use serde::Serialize;

use crate::input::{Shape, Source};
use crate::limits::MAX_FIELD_TEXT;
use crate::order_type::{lookup, OrderKind};
use crate::text::msg;
use crate::text::{join_and, quote};

/// Statuses of a port-in order (Bandwidth's `LnpOrder`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortInStatus {
    Draft,
    ValidDraft,
    InvalidDraft,
    PendingDocuments,
    Submitted,
    Exception,
    RequestedSupp,
    Foc,
    RequestedCancel,
    Cancelled,
    Complete,
    /// The toll-free validation states (BW "Fetching Port-in Status"): the provider checks with
    /// its toll-free vendor that the numbers are portable and which RespOrg holds them. Submitted
    /// ones first, then drafts.
    ValidateTfns,
    InvalidTfns,
    ValidateDraftTfns,
    ValidDraftTfns,
    InvalidDraftTfns,
}

/// Statuses of an LSR (another carrier's request to port numbers out).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LsrStatus {
    Pending,
    Foc,
    Exception,
    Partial,
    Complete,
    Cancelled,
    Failed,
}

/// A status of either kind of order. `FOC` of a port-in and `FOC` of an LSR are different
/// statuses: they mean different things and allow different edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    PortIn(PortInStatus),
    Lsr(LsrStatus),
}

/// What an edit may do while an order is in a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditWindow {
    /// Not submitted yet: every field may change, and nothing reaches the losing carrier.
    Open,
    /// Submitted: the fields the edit matrix allows may change; saving sends a supplement.
    Supp,
    /// Nothing may change. The text says why and what to do instead, as the end of a sentence
    /// ("the order is complete; place a new order for further changes").
    Closed(&'static str),
}

/// Everything said about one status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Info {
    /// The order is finished: no status follows.
    pub terminal: bool,
    pub edit: EditWindow,
    /// What the status means, in one plain sentence.
    pub meaning: &'static str,
    /// What to do next, in one plain sentence.
    pub next: &'static str,
}

/// Accepted spellings, squashed (see [`crate::order_type::squash`]). Besides the canonical names,
/// the US spelling `CANCELED` and `COMPLETED` are accepted.
const PORT_IN_NAMES: &[(&str, PortInStatus)] = &[
    ("DRAFT", PortInStatus::Draft),
    ("VALIDDRAFT", PortInStatus::ValidDraft),
    ("INVALIDDRAFT", PortInStatus::InvalidDraft),
    ("PENDINGDOCUMENTS", PortInStatus::PendingDocuments),
    ("SUBMITTED", PortInStatus::Submitted),
    ("EXCEPTION", PortInStatus::Exception),
    ("REQUESTEDSUPP", PortInStatus::RequestedSupp),
    ("FOC", PortInStatus::Foc),
    ("REQUESTEDCANCEL", PortInStatus::RequestedCancel),
    ("CANCELLED", PortInStatus::Cancelled),
    ("CANCELED", PortInStatus::Cancelled),
    ("COMPLETE", PortInStatus::Complete),
    ("COMPLETED", PortInStatus::Complete),
    ("VALIDATETFNS", PortInStatus::ValidateTfns),
    ("INVALIDTFNS", PortInStatus::InvalidTfns),
    ("VALIDATEDRAFTTFNS", PortInStatus::ValidateDraftTfns),
    ("VALIDDRAFTTFNS", PortInStatus::ValidDraftTfns),
    ("INVALIDDRAFTTFNS", PortInStatus::InvalidDraftTfns),
];

const LSR_NAMES: &[(&str, LsrStatus)] = &[
    ("PENDING", LsrStatus::Pending),
    ("FOC", LsrStatus::Foc),
    ("EXCEPTION", LsrStatus::Exception),
    ("PARTIAL", LsrStatus::Partial),
    ("COMPLETE", LsrStatus::Complete),
    ("COMPLETED", LsrStatus::Complete),
    ("CANCELLED", LsrStatus::Cancelled),
    ("CANCELED", LsrStatus::Cancelled),
    ("FAILED", LsrStatus::Failed),
];

/// The canonical names, in [`PortInStatus::ALL`] order (for messages; a unit test keeps them
/// equal to `as_str`).
const PORT_IN_CANONICAL: [&str; 16] = [
    "DRAFT",
    "VALID_DRAFT",
    "INVALID_DRAFT",
    "PENDING_DOCUMENTS",
    "SUBMITTED",
    "EXCEPTION",
    "REQUESTED_SUPP",
    "FOC",
    "REQUESTED_CANCEL",
    "CANCELLED",
    "COMPLETE",
    "VALIDATE_TFNS",
    "INVALID_TFNS",
    "VALIDATE_DRAFT_TFNS",
    "VALID_DRAFT_TFNS",
    "INVALID_DRAFT_TFNS",
];
const LSR_CANONICAL: [&str; 7] = ["PENDING", "FOC", "EXCEPTION", "PARTIAL", "COMPLETE", "CANCELLED", "FAILED"];

impl PortInStatus {
    pub const ALL: [PortInStatus; 16] = [
        PortInStatus::Draft,
        PortInStatus::ValidDraft,
        PortInStatus::InvalidDraft,
        PortInStatus::PendingDocuments,
        PortInStatus::Submitted,
        PortInStatus::Exception,
        PortInStatus::RequestedSupp,
        PortInStatus::Foc,
        PortInStatus::RequestedCancel,
        PortInStatus::Cancelled,
        PortInStatus::Complete,
        PortInStatus::ValidateTfns,
        PortInStatus::InvalidTfns,
        PortInStatus::ValidateDraftTfns,
        PortInStatus::ValidDraftTfns,
        PortInStatus::InvalidDraftTfns,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PortInStatus::Draft => "DRAFT",
            PortInStatus::ValidDraft => "VALID_DRAFT",
            PortInStatus::InvalidDraft => "INVALID_DRAFT",
            PortInStatus::PendingDocuments => "PENDING_DOCUMENTS",
            PortInStatus::Submitted => "SUBMITTED",
            PortInStatus::Exception => "EXCEPTION",
            PortInStatus::RequestedSupp => "REQUESTED_SUPP",
            PortInStatus::Foc => "FOC",
            PortInStatus::RequestedCancel => "REQUESTED_CANCEL",
            PortInStatus::Cancelled => "CANCELLED",
            PortInStatus::Complete => "COMPLETE",
            PortInStatus::ValidateTfns => "VALIDATE_TFNS",
            PortInStatus::InvalidTfns => "INVALID_TFNS",
            PortInStatus::ValidateDraftTfns => "VALIDATE_DRAFT_TFNS",
            PortInStatus::ValidDraftTfns => "VALID_DRAFT_TFNS",
            PortInStatus::InvalidDraftTfns => "INVALID_DRAFT_TFNS",
        }
    }

    /// One of the toll-free validation states: the order is a toll-free port-in created for the
    /// provider's automated toll-free validation (R-TOLLFREE-AUTOMATED).
    pub fn is_toll_free_validation(self) -> bool {
        matches!(
            self,
            PortInStatus::ValidateTfns
                | PortInStatus::InvalidTfns
                | PortInStatus::ValidateDraftTfns
                | PortInStatus::ValidDraftTfns
                | PortInStatus::InvalidDraftTfns
        )
    }

    /// R-STATUS-EDITABLE, R-STATUS-EXCEPTION (S0): drafts are open, five statuses take a supp,
    /// the rest are closed.
    fn info(self) -> Info {
        let supp = |meaning, next| Info { terminal: false, edit: EditWindow::Supp, meaning, next };
        let draft = |meaning, next| Info { terminal: false, edit: EditWindow::Open, meaning, next };
        match self {
            PortInStatus::Draft => draft(
                "The order is saved but not submitted; nothing has been sent to the losing carrier.",
                "Complete the order and submit it; every field can still be changed.",
            ),
            PortInStatus::ValidDraft => draft(
                "The order is saved, not yet submitted, and passed the provider's checks.",
                "Submit it when ready; every field can still be changed.",
            ),
            PortInStatus::InvalidDraft => draft(
                "The order is saved but not submitted, and the provider's checks found problems in it.",
                "Fix the problems shown on the order, then submit it; every field can still be changed.",
            ),
            PortInStatus::PendingDocuments => supp(
                "The order is waiting for documents, such as the letter of authorization (LOA) or a recent bill.",
                "Upload the requested documents on the order; other edits are possible but may delay it.",
            ),
            PortInStatus::Submitted => supp(
                "The order was sent to the losing carrier, which has not yet confirmed a port date (FOC).",
                "Wait for the FOC or a rejection; edits are possible but may delay the order.",
            ),
            PortInStatus::Exception => supp(
                "The losing carrier rejected the order, usually because the end-user details do not match its records; the order is not dead.",
                "Read the order history and notes for the reason, correct the address, BTN, subscriber name, PIN or account number to match the losing carrier's records, check the requested date, and save to send a supplement.",
            ),
            PortInStatus::RequestedSupp => supp(
                "A change (supplement) was sent and is waiting for the losing carrier's answer.",
                "Wait for the answer; if the order goes back to EXCEPTION, the requested date was probably too soon, so pick one 3 to 5 business days out.",
            ),
            PortInStatus::Foc => supp(
                "The losing carrier confirmed the port date (firm order commitment, FOC).",
                "Be ready to activate on the FOC date; only some fields can still change (on automated off-net orders only the requested date), and a change may delay the order.",
            ),
            PortInStatus::RequestedCancel => Info {
                terminal: false,
                edit: EditWindow::Closed("a cancellation was requested, so the order can no longer be edited"),
                meaning: "A cancellation was requested and is being processed.",
                next: "Wait for the order to reach CANCELLED; to port the numbers later, place a new order.",
            },
            PortInStatus::Cancelled => Info {
                terminal: true,
                edit: EditWindow::Closed("the order is cancelled; place a new order instead"),
                meaning: "The order was cancelled; no number will port on it.",
                next: "To port these numbers, place a new order.",
            },
            PortInStatus::Complete => Info {
                terminal: true,
                edit: EditWindow::Closed("the order is complete; place a new order for further changes"),
                meaning: "The numbers have ported; the order is finished.",
                next: "Nothing to do; for further changes to these numbers, place a new order.",
            },
            PortInStatus::ValidateTfns => supp(
                "The toll-free port-in was submitted; the provider is checking which RespOrg holds its numbers and whether they can port.",
                "Wait for the check.",
            ),
            PortInStatus::InvalidTfns => supp(
                "The toll-free port-in was submitted, but the check of its numbers failed (a number cannot port, or the vendor did not answer).",
                "Remove the numbers the validation errors name, or retry the validation.",
            ),
            PortInStatus::ValidateDraftTfns => draft(
                "A toll-free draft: the provider is checking which RespOrg holds its numbers and whether they can port.",
                "Wait for the check; every field can still be changed.",
            ),
            // The toll-free drafts whose numbers were checked say what the other drafts say.
            PortInStatus::ValidDraftTfns => PortInStatus::ValidDraft.info(),
            PortInStatus::InvalidDraftTfns => PortInStatus::InvalidDraft.info(),
        }
    }
}

impl LsrStatus {
    pub const ALL: [LsrStatus; 7] = [
        LsrStatus::Pending,
        LsrStatus::Foc,
        LsrStatus::Exception,
        LsrStatus::Partial,
        LsrStatus::Complete,
        LsrStatus::Cancelled,
        LsrStatus::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LsrStatus::Pending => "PENDING",
            LsrStatus::Foc => "FOC",
            LsrStatus::Exception => "EXCEPTION",
            LsrStatus::Partial => "PARTIAL",
            LsrStatus::Complete => "COMPLETE",
            LsrStatus::Cancelled => "CANCELLED",
            LsrStatus::Failed => "FAILED",
        }
    }

    /// R-LSR-FAILED, R-FOC-VALIDITY, R-EARLY-ACTIVATION (S2). `PARTIAL` is closed to edits: part
    /// of the numbers have already ported, and an LSR's numbers never change (R-LSR-TN-CHANGE).
    fn info(self) -> Info {
        let supp = |meaning, next| Info { terminal: false, edit: EditWindow::Supp, meaning, next };
        match self {
            LsrStatus::Pending => supp(
                "The request to port numbers out was received and is being processed; there is no FOC yet.",
                "Wait for the FOC or an exception; to change the numbers, cancel the request and submit a new one.",
            ),
            LsrStatus::Foc => supp(
                "The port-out date is confirmed (FOC); the FOC is valid for 10 business days, the FOC date being day 1.",
                "Build the subscriptions before the FOC date (concurrence is automatic 6 hours after they are built) and activate within the 10 days; to activate earlier or later, supp the requested date.",
            ),
            LsrStatus::Exception => supp(
                "The request was rejected; it is not dead and can be corrected with a supplement (supp).",
                "Read the rejection, correct the details it names and supp the order; to change the numbers, cancel the request and submit a new one.",
            ),
            LsrStatus::Partial => Info {
                terminal: false,
                edit: EditWindow::Closed("part of the numbers have already ported; cancel what remains and submit a new request"),
                meaning: "Some of the numbers on the request have ported and others have not.",
                next: "Check which numbers have not ported; to move them, cancel what remains and submit a new request with those numbers.",
            },
            LsrStatus::Complete => Info {
                terminal: true,
                edit: EditWindow::Closed("the request is complete; submit a new request for further changes"),
                meaning: "Every number on the request has ported out; the request is finished.",
                next: "Nothing to do.",
            },
            LsrStatus::Cancelled => Info {
                terminal: true,
                edit: EditWindow::Closed("the request is cancelled; submit a new request instead"),
                meaning: "The request was cancelled; no number will port on it.",
                next: "To port these numbers, submit a new request.",
            },
            LsrStatus::Failed => Info {
                terminal: true,
                edit: EditWindow::Closed("the LSR has failed and cannot be changed in any way; place a new order once the cause is fixed"),
                meaning: "The request failed and is dead: it cannot be changed in any way (for example, the FOC expired before activation).",
                next: "Fix the cause of the failure, then place a new order.",
            },
        }
    }
}

impl Status {
    /// Every status of a kind, in the order domain.md lists them.
    pub fn all(kind: OrderKind) -> Vec<Status> {
        match kind {
            OrderKind::PortIn => PortInStatus::ALL.iter().map(|&s| Status::PortIn(s)).collect(),
            OrderKind::Lsr => LsrStatus::ALL.iter().map(|&s| Status::Lsr(s)).collect(),
        }
    }

    /// The status of an order of `kind`, whatever the case, spaces, dashes or underscores. An
    /// unknown status is an error naming the accepted ones (and the right kind, when the status
    /// belongs to the other one).
    pub fn parse(kind: OrderKind, typed: &str) -> Result<Status, String> {
        Status::lookup(kind, typed).ok_or_else(|| {
            let (what, names) = Status::unknown(kind, typed);
            msg![what, "; use one of ", names, "."]
        })
    }

    /// For an unknown status: what is wrong ("Unknown status “X” for a port-in order") and the
    /// accepted names ("DRAFT, ... and COMPLETE").
    fn unknown(kind: OrderKind, typed: &str) -> (String, String) {
        let names: &[&str] = match kind {
            OrderKind::PortIn => &PORT_IN_CANONICAL,
            OrderKind::Lsr => &LSR_CANONICAL,
        };
        let (this, other, other_kind) = match kind {
            OrderKind::PortIn => ("a port-in order", "an LSR", OrderKind::Lsr),
            OrderKind::Lsr => ("an LSR", "a port-in order", OrderKind::PortIn),
        };
        let hint = if Status::lookup(other_kind, typed).is_some() {
            msg![" (it is a status of ", other, "; check the order kind)"]
        } else {
            String::new()
        };
        (msg!["Unknown status ", quote(typed), " for ", this, hint], join_and(names))
    }

    fn lookup(kind: OrderKind, typed: &str) -> Option<Status> {
        match kind {
            OrderKind::PortIn => lookup(PORT_IN_NAMES, typed).map(Status::PortIn),
            OrderKind::Lsr => lookup(LSR_NAMES, typed).map(Status::Lsr),
        }
    }

    /// The canonical name, as in Bandwidth's API.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::PortIn(s) => s.as_str(),
            Status::Lsr(s) => s.as_str(),
        }
    }

    pub fn kind(self) -> OrderKind {
        match self {
            Status::PortIn(_) => OrderKind::PortIn,
            Status::Lsr(_) => OrderKind::Lsr,
        }
    }

    pub fn info(self) -> Info {
        match self {
            Status::PortIn(s) => s.info(),
            Status::Lsr(s) => s.info(),
        }
    }

    pub fn edit(self) -> EditWindow {
        self.info().edit
    }

    /// R-STATUS-DELAY (S0): editing a submitted port-in in any status but `EXCEPTION` may delay
    /// it. (The source speaks of port-ins only, so LSRs get no such warning.)
    pub fn edit_may_delay(self) -> bool {
        matches!(self, Status::PortIn(s) if s != PortInStatus::Exception) && self.edit() == EditWindow::Supp
    }

    pub fn is_exception(self) -> bool {
        matches!(self, Status::PortIn(PortInStatus::Exception) | Status::Lsr(LsrStatus::Exception))
    }

    /// The order has a firm order commitment (for the automated off-net before/after split, with
    /// `actualFocDate`).
    pub fn is_foc(self) -> bool {
        matches!(self, Status::PortIn(PortInStatus::Foc) | Status::Lsr(LsrStatus::Foc))
    }

    /// A port-in in one of the toll-free validation states.
    pub fn is_toll_free_validation(self) -> bool {
        matches!(self, Status::PortIn(s) if s.is_toll_free_validation())
    }
}

/// The `explainStatus` result (api.md), plus the kind the answer is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The canonical name when known; otherwise the text as given, trimmed ("" when not text).
    pub status: String,
    pub kind: &'static str,
    pub known: bool,
    pub terminal: bool,
    pub editable: bool,
    pub meaning: String,
    pub next: String,
}

impl Explanation {
    fn of(status: Status) -> Explanation {
        let info = status.info();
        Explanation {
            status: status.as_str().into(),
            kind: status.kind().as_str(),
            known: true,
            terminal: info.terminal,
            editable: !matches!(info.edit, EditWindow::Closed(_)),
            meaning: info.meaning.into(),
            next: info.next.into(),
        }
    }

    fn unknown(status: String, kind: OrderKind, meaning: String, next: String) -> Explanation {
        Explanation { status, kind: kind.as_str(), known: false, terminal: false, editable: false, meaning, next }
    }
}

/// `explainStatus(status, kind?)`. Never fails: an unknown status, a wrong-typed argument or an
/// unknown kind comes back with `known: false` and a meaning that says what was wrong.
///
/// Without a kind, a status is looked up among port-in statuses first, then among LSR statuses
/// (so `"FAILED"` and `"PARTIAL"` are explained as LSR statuses); `kind` in the result says which.
pub fn explain<S: Source>(status: &S, kind: &S) -> Explanation {
    let example = "Pass a status such as \"SUBMITTED\" or \"FOC\".";
    let kind_given = match read_text(kind) {
        Ok(None) => None,
        Ok(Some(k)) if k.trim().is_empty() => None,
        Ok(Some(k)) => match OrderKind::parse(&k) {
            Ok(kind) => Some(kind),
            Err(message) => {
                return Explanation::unknown(
                    String::new(),
                    OrderKind::PortIn,
                    message,
                    "Pass \"portIn\" or \"lsr\" as the kind, or leave it out.".into(),
                )
            }
        },
        Err(got) => {
            return Explanation::unknown(
                String::new(),
                OrderKind::PortIn,
                msg!["The kind must be \"portIn\" or \"lsr\", not ", got.described(), "."],
                "Pass \"portIn\" or \"lsr\" as the kind, or leave it out.".into(),
            )
        }
    };
    let kind = kind_given.unwrap_or_default();
    let typed = match read_text(status) {
        Ok(Some(s)) if !s.trim().is_empty() => s,
        Ok(_) => return Explanation::unknown(String::new(), kind, "No status was given.".into(), example.into()),
        Err(got) => {
            return Explanation::unknown(
                String::new(),
                kind,
                msg!["The status must be text, not ", got.described(), "."],
                example.into(),
            )
        }
    };
    let found = match kind_given {
        Some(kind) => Status::lookup(kind, &typed),
        None => Status::lookup(OrderKind::PortIn, &typed).or_else(|| Status::lookup(OrderKind::Lsr, &typed)),
    };
    match found {
        Some(status) => Explanation::of(status),
        None => {
            let (what, names) = Status::unknown(kind, &typed);
            Explanation::unknown(typed.trim().into(), kind, msg![what, "."], msg!["Use one of ", names, "."])
        }
    }
}

/// Text, nothing (`Ok(None)`), or the shape of a value that is not text.
fn read_text<S: Source>(v: &S) -> Result<Option<String>, Shape> {
    match v.shape() {
        Shape::Missing | Shape::Null => Ok(None),
        Shape::Text => v.text(MAX_FIELD_TEXT).map(Some).map_err(|_| Shape::Text),
        got => Err(got),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;

    #[test]
    fn forgiving_spellings() {
        let cases: &[(OrderKind, &str, Option<Status>)] = &[
            (OrderKind::PortIn, "Requested Supp", Some(Status::PortIn(PortInStatus::RequestedSupp))),
            (OrderKind::PortIn, "requested_supp", Some(Status::PortIn(PortInStatus::RequestedSupp))),
            (OrderKind::PortIn, "REQUESTED-SUPP", Some(Status::PortIn(PortInStatus::RequestedSupp))),
            (OrderKind::PortIn, "pending documents", Some(Status::PortIn(PortInStatus::PendingDocuments))),
            (OrderKind::PortIn, "Canceled", Some(Status::PortIn(PortInStatus::Cancelled))),
            (OrderKind::PortIn, "FAILED", None),
            (OrderKind::PortIn, "", None),
            (OrderKind::Lsr, "failed", Some(Status::Lsr(LsrStatus::Failed))),
            (OrderKind::Lsr, "Foc", Some(Status::Lsr(LsrStatus::Foc))),
            (OrderKind::Lsr, "DRAFT", None),
            // The toll-free validation states (BW "Fetching Port-in Status", the schema's GET examples).
            (OrderKind::PortIn, "VALIDATE_TFNS", Some(Status::PortIn(PortInStatus::ValidateTfns))),
            (OrderKind::PortIn, "invalid tfns", Some(Status::PortIn(PortInStatus::InvalidTfns))),
            (OrderKind::PortIn, "Validate_Draft_TFNs", Some(Status::PortIn(PortInStatus::ValidateDraftTfns))),
            (OrderKind::PortIn, "VALID_DRAFT_TFNS", Some(Status::PortIn(PortInStatus::ValidDraftTfns))),
            (OrderKind::PortIn, "INVALID_DRAFT_TFNS", Some(Status::PortIn(PortInStatus::InvalidDraftTfns))),
            (OrderKind::Lsr, "VALIDATE_TFNS", None),
        ];
        for (kind, typed, want) in cases {
            assert_eq!(Status::parse(*kind, typed).ok(), *want, "{typed:?}");
        }
        for kind in [OrderKind::PortIn, OrderKind::Lsr] {
            for s in Status::all(kind) {
                assert_eq!(Status::parse(kind, s.as_str()), Ok(s));
                assert_eq!(s.kind(), kind);
            }
        }
        let names = |kind| Status::all(kind).iter().map(|s| s.as_str()).collect::<Vec<_>>();
        assert_eq!(names(OrderKind::PortIn), PORT_IN_CANONICAL);
        assert_eq!(names(OrderKind::Lsr), LSR_CANONICAL);
        let err = Status::parse(OrderKind::PortIn, "FAILED").unwrap_err();
        assert!(err.contains("status of an LSR") && err.contains("REQUESTED_CANCEL") && err.ends_with('.'), "{err}");
    }

    #[test]
    fn toll_free_validation_states() {
        // (status, draft, submitted and open to a supp)
        for (name, draft) in [
            ("VALIDATE_TFNS", false),
            ("INVALID_TFNS", false),
            ("VALIDATE_DRAFT_TFNS", true),
            ("VALID_DRAFT_TFNS", true),
            ("INVALID_DRAFT_TFNS", true),
        ] {
            let s = Status::parse(OrderKind::PortIn, name).unwrap();
            assert!(s.is_toll_free_validation() && !s.info().terminal, "{name}");
            let want = if draft { EditWindow::Open } else { EditWindow::Supp };
            assert_eq!(s.edit(), want, "{name}");
        }
        assert!(!Status::PortIn(PortInStatus::Draft).is_toll_free_validation());
    }

    #[test]
    fn explanations_never_fail() {
        let t = |s: &str| Value::text(s);
        let e = explain(&t("requested supp"), &Value::Missing);
        assert_eq!(
            (e.status.as_str(), e.kind, e.known, e.editable, e.terminal),
            ("REQUESTED_SUPP", "portIn", true, true, false)
        );
        let e = explain(&t("failed"), &Value::Missing);
        assert_eq!((e.status.as_str(), e.kind, e.terminal, e.editable), ("FAILED", "lsr", true, false));
        let e = explain(&t("FAILED"), &t("portIn"));
        assert!(!e.known && e.meaning.contains("status of an LSR") && e.next.starts_with("Use one of"), "{e:?}");
        for (status, kind) in [
            (Value::Number(3.0), Value::Missing),
            (t("FOC"), Value::Number(1.0)),
            (t("FOC"), t("mars")),
            (Value::Missing, Value::Missing),
            (t("  "), Value::Missing),
        ] {
            let e = explain(&status, &kind);
            assert!(!e.known && !e.editable && e.meaning.ends_with('.') && e.next.ends_with('.'), "{e:?}");
        }
    }
}
