//! What more than one test file needs.

use age::secrecy::SecretString;
use futures::future::LocalBoxFuture;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tell_once::vault::crypto::{OnThisThread, OpenError, PassphraseWork, SealError, WorkFactor};
use tell_once::vault::store::{MemoryStore, Shelf, StoreError, StoreWrite, VaultStore};
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

/// A memory store that notes its pauses and the shelves it writes to, in order.
#[derive(Clone, Default)]
pub struct NotingStore {
    pub store: MemoryStore,
    pub noted: Rc<RefCell<Vec<String>>>,
}

impl NotingStore {
    /// How many pauses were noted since the notes were last cleared.
    pub fn pauses(&self) -> usize {
        self.noted.borrow().iter().filter(|n| *n == "pause").count()
    }
}

impl VaultStore for NotingStore {
    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.store.get(shelf, key).await
    }

    async fn write_batch(&self, writes: &[StoreWrite<'_>]) -> Result<(), StoreError> {
        for write in writes {
            if let StoreWrite::Put { shelf, .. } = write {
                self.noted.borrow_mut().push(format!("write {shelf:?}"));
            }
        }
        self.store.write_batch(writes).await
    }

    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError> {
        self.store.keys(shelf).await
    }

    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError> {
        self.store.clear(shelf).await
    }

    async fn pause(&self) {
        self.noted.borrow_mut().push("pause".to_owned());
    }
}
