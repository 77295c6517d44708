//! The work of a passphrase (scrypt), done in the worker for the page: the answer to a
//! [`ToWorker::Seal`] or [`ToWorker::Open`], exactly what the same call on the page would give.

use super::messages::{FromWorker, OpenedBytes, ToWorker};
use crate::vault::crypto::{open_with_passphrase, seal_with_passphrase, WorkFactor};
use age::secrecy::SecretString;

/// The answer to a passphrase request; `None` for any other message.
pub fn answer(message: &ToWorker) -> Option<FromWorker> {
    match message {
        ToWorker::Seal {
            request,
            plaintext,
            passphrase,
            work_factor,
        } => {
            let passphrase = SecretString::from(passphrase.clone());
            // The page checked the work factor it asks for; one out of range is refused here too.
            let sealed = WorkFactor::new(*work_factor)
                .map_err(|e| crate::vault::crypto::SealError(e.to_string()))
                .and_then(|work_factor| seal_with_passphrase(plaintext, &passphrase, work_factor));
            Some(FromWorker::Sealed {
                request: *request,
                sealed,
            })
        }
        ToWorker::Open {
            request,
            file,
            passphrase,
            max_work_factor,
        } => {
            let passphrase = SecretString::from(passphrase.clone());
            let opened =
                open_with_passphrase(file, &passphrase, *max_work_factor).map(|plaintext| {
                    OpenedBytes {
                        plaintext: plaintext.to_vec(),
                    }
                });
            Some(FromWorker::Opened {
                request: *request,
                opened,
            })
        }
        ToWorker::Case { .. } | ToWorker::CasePart { .. } | ToWorker::Edits { .. } => None,
    }
}
