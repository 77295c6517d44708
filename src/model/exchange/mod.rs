//! Exchange between agencies, with no server: the lead sends an agency a question request,
//! the agency contributes its questions in its own vault, returns them, and the lead merges
//! them into the plan.
//!
//! ```text
//! lead:   question_request ──(file, encrypted by the vault)──▶ agency: Contribution::open
//!                                                                 edit own questions (CaseEdit)
//! lead:   check_return, preview_merge, merge_edit ◀──(file)── Contribution::next_return
//!         └─▶ CaseEdit::MergeReturn in the history: "from the agency, return n"
//! ```
//!
//! Everything here is deterministic: request ids, reply tokens, keys and times are passed in.
//! The vault ([`crate::vault::exchange`]) makes the randomness, checks the keys and encrypts
//! the files.
//!
//! A return is authenticated by its reply token, which only a reader of the request knows, and
//! ordered by its sequence number: a return not newer than the last one merged is refused, so
//! an old file imported again cannot undo what came after it.

mod contribution;
mod key;
mod merge;
pub mod refusal;
mod request;

pub use super::case::{MergedChange, MergedReturn, ReplyToken, SentRequest};
pub use contribution::{Contribution, ContributionRefusal, QuestionReturn};
pub use key::ExchangeKey;
pub use merge::{
    check_return, merge_edit, preview_merge, same_question, MergeChoice, MergeItem, MergePreview,
    ReturnedChange,
};
pub use refusal::ExchangeRefusal;
pub use request::{
    question_request, told_so_far, QuestionRequest, ReplyAddress, RequestSender, RequestTerms,
    ToldTopic,
};
