//! The question request: what the lead sends one agency, made from the agency's share packet.

use super::key::ExchangeKey;
use crate::model::case::{Case, CaseEdit, Coverage, ReplyToken, SentRequest};
use crate::model::edit::{check, EditRefusal};
use crate::model::share::share_packet;
use crate::model::{AgencyId, PriorAccountId, QuestionRequestId, Timestamp, TopicId};
use serde::{Deserialize, Serialize};

/// What the survivor has already told of one topic, as far as the request's packet shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToldTopic {
    pub topic: TopicId,
    /// The fullest any of the accounts told it.
    pub coverage: Coverage,
    /// The packet's prior accounts that told it, in the packet's order.
    pub accounts: Vec<PriorAccountId>,
}

/// Who sent a request, and where its returns go.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestSender {
    /// The lead's agency, by name, as the lead gave it.
    pub agency: String,
    /// The lead's exchange key: returns are encrypted to it.
    pub key: ExchangeKey,
}

/// A question request, as the agency receives it. It holds nothing of the case that the
/// agency's share packet does not hold: [`QuestionRequest::told`] is read from the packet's
/// prior accounts, which are those the survivor consented to share with the agency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionRequest {
    pub id: QuestionRequestId,
    /// The agency asked, by its id in the lead's case.
    pub agency: AgencyId,
    /// The agency's share packet at `sent_at` ([`share_packet`]), in its stored form.
    #[serde(with = "crate::model::schema::stored_form")]
    pub packet: Case,
    /// What the survivor has already told, topic by topic, as far as the packet shows it.
    pub told: Vec<ToldTopic>,
    pub sent_at: Timestamp,
    /// When the lead needs the agency's questions.
    pub due: Timestamp,
    /// The lead's note to the agency.
    pub note: String,
    /// Given back with every return: it shows the return comes from whoever could read this.
    pub token: ReplyToken,
    pub lead: RequestSender,
}

/// What the lead writes in a request: when it is made, when the questions are due, a note,
/// and the lead's agency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestTerms {
    pub sent_at: Timestamp,
    pub due: Timestamp,
    pub note: String,
    /// The name of the lead's agency, as the agency will see it.
    pub lead_agency: String,
}

/// What the vault adds to a request: a fresh id, a random reply token, and the lead's
/// exchange key. The model makes neither randomness nor keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyAddress {
    pub request: QuestionRequestId,
    pub token: ReplyToken,
    pub key: ExchangeKey,
}

/// What the survivor has told, topic by topic, in the prior accounts of `packet`: catalogue
/// order first, then other topics as first met. Read from a share packet, it holds only what
/// share consent allows.
pub fn told_so_far(packet: &Case) -> Vec<ToldTopic> {
    let mut told: Vec<ToldTopic> = Vec::new();
    for account in &packet.prior_accounts {
        for entry in &account.topics {
            match told.iter_mut().find(|t| t.topic == entry.topic) {
                Some(topic) => {
                    topic.coverage = topic.coverage.max(entry.coverage);
                    if !topic.accounts.contains(&account.id) {
                        topic.accounts.push(account.id.clone());
                    }
                }
                None => told.push(ToldTopic {
                    topic: entry.topic.clone(),
                    coverage: entry.coverage,
                    accounts: vec![account.id.clone()],
                }),
            }
        }
    }
    let rank = |topic: &TopicId| {
        packet
            .topics
            .topics()
            .position(|t| &t.id == topic)
            .unwrap_or(usize::MAX)
    };
    // Stable: topics outside the catalogue keep the order they were met in.
    told.sort_by_key(|t| rank(&t.topic));
    told
}

/// The request for `agency` of `case`, made on `terms` and sent to `address`; refused as the
/// edit that records it ([`QuestionRequest::record_edit`]) would be: an agency not in the case,
/// a request id already used, a due date before the request.
pub fn question_request(
    case: &Case,
    agency: &AgencyId,
    terms: RequestTerms,
    address: ReplyAddress,
) -> Result<QuestionRequest, EditRefusal> {
    let packet = share_packet(case, agency, terms.sent_at);
    let request = QuestionRequest {
        id: address.request,
        agency: agency.clone(),
        told: told_so_far(&packet),
        packet,
        sent_at: terms.sent_at,
        due: terms.due,
        note: terms.note.trim().to_owned(),
        token: address.token,
        lead: RequestSender {
            agency: terms.lead_agency.trim().to_owned(),
            key: address.key,
        },
    };
    check(case, &request.record_edit(case))?;
    Ok(request)
}

impl QuestionRequest {
    /// The edit that records in the lead's `case` that this request was sent: the agency's
    /// questions as they are now are what later changes are told apart by.
    pub fn record_edit(&self, case: &Case) -> CaseEdit {
        CaseEdit::RecordQuestionRequest {
            request: Box::new(SentRequest {
                id: self.id.clone(),
                agency: self.agency.clone(),
                token: self.token.clone(),
                sent_at: self.sent_at,
                due: self.due,
                agency_questions: case
                    .questions
                    .iter()
                    .filter(|q| q.agency == self.agency)
                    .map(|q| (**q).clone())
                    .collect(),
                last_merged: 0,
            }),
        }
    }

    /// The agency's name as the packet gives it (its id when the packet has none).
    pub fn agency_name(&self) -> &str {
        self.packet
            .agency(&self.agency)
            .map_or(self.agency.as_str(), |a| a.name.as_str())
    }
}
