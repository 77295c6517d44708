//! Referrals: services attached to a case, moved through a status workflow gated by consent.

use super::directory::Service;
use super::{ReferralId, Timestamp};
use serde::{Deserialize, Serialize};

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
    pub history: Vec<StatusChange>,
    pub note: String,
}
