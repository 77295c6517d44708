//! Referrals: services attached to a case, moved through a status workflow gated by consent.
//!
//! The workflow (every other move is refused with `ReferralError::InvalidTransition`):
//!
//! | from      | allowed to                    |
//! | --------- | ----------------------------- |
//! | suggested | offered, declined             |
//! | offered   | accepted, declined            |
//! | accepted  | referred, declined            |
//! | declined  | offered (the survivor may change their mind) |
//! | referred  | confirmed, declined           |
//! | confirmed | nothing: the service took the person on |
//!
//! The survivor may decline at any open status. A referral reaches `Referred` only while the
//! consent for `ConsentPurpose::Referral { service }` is `Given` at that time, because referring
//! shares the survivor's details with the service.

use super::consent::{ConsentLedger, ConsentPurpose, ConsentStatus};
use super::directory::Service;
use super::{AgeGroup, ReferralId, ServiceId, Timestamp};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a referral stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    Suggested,
    Offered,
    Accepted,
    Declined,
    Referred,
    Confirmed,
}

impl ReferralStatus {
    /// Every status, in workflow order.
    pub const ALL: [ReferralStatus; 6] = [
        Self::Suggested,
        Self::Offered,
        Self::Accepted,
        Self::Declined,
        Self::Referred,
        Self::Confirmed,
    ];

    /// The statuses a referral may move to from this one (the table in the module documentation).
    pub fn next(self) -> &'static [ReferralStatus] {
        use ReferralStatus::*;
        match self {
            Suggested => &[Offered, Declined],
            Offered => &[Accepted, Declined],
            Accepted => &[Referred, Declined],
            Declined => &[Offered],
            Referred => &[Confirmed, Declined],
            Confirmed => &[],
        }
    }

    /// Whether a referral may move from this status to `to`.
    pub fn can_move_to(self, to: ReferralStatus) -> bool {
        self.next().contains(&to)
    }

    /// Whether the referral is still under way (the survivor may still decline it).
    pub fn is_open(self) -> bool {
        self.can_move_to(Self::Declined)
    }
}

impl fmt::Display for ReferralStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Suggested => "suggested",
            Self::Offered => "offered",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Referred => "referred",
            Self::Confirmed => "confirmed",
        })
    }
}

/// One change of status, kept so that the history of a referral can be read back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub from: ReferralStatus,
    pub to: ReferralStatus,
    pub at: Timestamp,
}

/// A service attached to a case. The service is kept as it was when attached, so that a
/// handout still lists its contacts after the directory changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub id: ReferralId,
    pub service: Service,
    pub status: ReferralStatus,
    /// Every change in time order; `Referral::suggest` starts it with a `Suggested` to `Suggested` entry at the time of suggestion.
    pub history: Vec<StatusChange>,
    pub note: String,
}

/// Why a referral could not change status. The referral is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReferralError {
    /// The workflow does not allow this move.
    InvalidTransition {
        id: ReferralId,
        from: ReferralStatus,
        to: ReferralStatus,
    },
    /// Referring needs the survivor's consent to the referral, which is not given at that time.
    ConsentRequired {
        id: ReferralId,
        service: ServiceId,
        consent: ConsentStatus,
    },
    /// The change is dated before the referral's last change.
    BeforeLastChange {
        id: ReferralId,
        at: Timestamp,
        last: Timestamp,
    },
}

impl fmt::Display for ReferralError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidTransition { id, from, to } => {
                let next = from.next();
                write!(f, "referral {id} cannot go from {from} to {to}; ")?;
                if next.is_empty() {
                    write!(f, "a {from} referral is closed")
                } else {
                    let names: Vec<String> = next.iter().map(ToString::to_string).collect();
                    write!(f, "from {from} it can go to {}", names.join(" or "))
                }
            }
            Self::ConsentRequired { id, service, consent } => write!(
                f,
                "referral {id} cannot be sent to {service}: consent to the referral is {consent}; record the survivor's informed consent first"
            ),
            Self::BeforeLastChange { id, at, last } => write!(
                f,
                "referral {id} cannot change at {}, before its last change at {}; use the real, later time",
                at.0, last.0
            ),
        }
    }
}

impl std::error::Error for ReferralError {}

impl Referral {
    /// A new referral to `service`, suggested at `at`, with an empty note.
    ///
    /// Its history starts with one entry from `Suggested` to `Suggested` at `at`: the moment it
    /// was suggested, so that no later change can be dated before it.
    pub fn suggest(id: ReferralId, service: Service, at: Timestamp) -> Self {
        Self {
            id,
            service,
            status: ReferralStatus::Suggested,
            history: vec![StatusChange {
                from: ReferralStatus::Suggested,
                to: ReferralStatus::Suggested,
                at,
            }],
            note: String::new(),
        }
    }

    /// When the referral was suggested: the time of its first history entry, if it has one.
    pub fn suggested_at(&self) -> Option<Timestamp> {
        self.history.first().map(|change| change.at)
    }

    /// When the referral was last sent to the service (moved to `Referred`), as its history
    /// stands at `as_of`; `None` if it was never sent by then. A referral declined and offered
    /// again can be sent twice: the later time is the referral that stands.
    pub fn referred_at(&self, as_of: Timestamp) -> Option<Timestamp> {
        self.history
            .iter()
            .filter(|change| change.to == ReferralStatus::Referred && change.at <= as_of)
            .map(|change| change.at)
            .max()
    }

    /// The consent purpose that gates referring to this referral's service.
    pub fn consent_purpose(&self) -> ConsentPurpose {
        ConsentPurpose::Referral {
            service: self.service.id.clone(),
        }
    }

    /// The referral moved to `to` at `at`, with the change added to its history.
    ///
    /// Refused when the workflow does not allow the move, when `at` is before the last change,
    /// or when moving to `Referred` without `Given` consent to this referral at `at`.
    pub fn transition(
        &self,
        to: ReferralStatus,
        at: Timestamp,
        consent: &ConsentLedger,
        age_group: AgeGroup,
    ) -> Result<Referral, ReferralError> {
        if !self.status.can_move_to(to) {
            return Err(ReferralError::InvalidTransition {
                id: self.id.clone(),
                from: self.status,
                to,
            });
        }
        if let Some(last) = self.history.last() {
            if at < last.at {
                return Err(ReferralError::BeforeLastChange {
                    id: self.id.clone(),
                    at,
                    last: last.at,
                });
            }
        }
        if to == ReferralStatus::Referred {
            let status = consent.status(&self.consent_purpose(), at, age_group);
            if !status.is_given() {
                return Err(ReferralError::ConsentRequired {
                    id: self.id.clone(),
                    service: self.service.id.clone(),
                    consent: status,
                });
            }
        }
        let mut next = self.clone();
        next.status = to;
        next.history.push(StatusChange {
            from: self.status,
            to,
            at,
        });
        Ok(next)
    }
}
