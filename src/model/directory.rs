//! The local directory of support services, imported from Open Referral HSDS 3.0.

use super::ServiceId;
use serde::{Deserialize, Serialize};

/// A phone number of a service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: String,
    pub description: Option<String>,
}

/// An entry of the support directory (the HSDS fields this tool uses).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    pub description: String,
    pub organization: Option<String>,
    pub categories: Vec<String>,
    /// BCP 47 codes or language names as the directory gives them.
    pub languages: Vec<String>,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub url: Option<String>,
    /// Opening hours, one human-readable line per schedule.
    pub hours: Vec<String>,
    pub eligibility: Option<String>,
}
