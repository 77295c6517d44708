//! What more than one test file needs.

use age::secrecy::SecretString;
use futures::future::LocalBoxFuture;
use std::cell::Cell;
use std::rc::Rc;
use tell_once::vault::crypto::{OnThisThread, OpenError, PassphraseWork, SealError, WorkFactor};
use zeroize::Zeroizing;

/// Passphrase work that counts what it is given and does it on this thread, as the app's
/// worker does it off the page's.
#[derive(Clone, Default)]
pub struct CountingWork {
    pub seals: Rc<Cell<usize>>,
    pub opens: Rc<Cell<usize>>,
}

impl CountingWork {
    /// Seals and opens so far.
    pub fn counts(&self) -> (usize, usize) {
        (self.seals.get(), self.opens.get())
    }
}

impl PassphraseWork for CountingWork {
    fn seal(
        &self,
        plaintext: Zeroizing<Vec<u8>>,
        passphrase: SecretString,
        work_factor: WorkFactor,
    ) -> LocalBoxFuture<'static, Result<String, SealError>> {
        self.seals.set(self.seals.get() + 1);
        OnThisThread.seal(plaintext, passphrase, work_factor)
    }

    fn open(
        &self,
        file: Vec<u8>,
        passphrase: SecretString,
        max_work_factor: u8,
    ) -> LocalBoxFuture<'static, Result<Zeroizing<Vec<u8>>, OpenError>> {
        self.opens.set(self.opens.get() + 1);
        OnThisThread.open(file, passphrase, max_work_factor)
    }
}
