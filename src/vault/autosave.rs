//! Autosave bookkeeping as a pure state machine: when to save, and what to tell the user.
//!
//! The shell calls [`SaveTracker::edited`] on every change, asks [`SaveTracker::next_wake`] when
//! to wake up, calls [`SaveTracker::start_due`] then, runs the vault's save, and reports the
//! result with [`SaveTracker::succeeded`] or [`SaveTracker::failed`]. Times are passed in; there
//! is no clock here. The tracker never holds case data: the app state keeps the edited case in
//! memory until a save is confirmed, so a failed save loses nothing.

use super::VaultError;
use crate::model::Timestamp;

/// Quiet time after the last edit before saving, in milliseconds.
pub const DEBOUNCE_MS: i64 = 1_000;
/// Wait before the first retry after a failed save, in milliseconds; doubled after each failure.
pub const FIRST_RETRY_MS: i64 = 1_000;
/// The longest wait between retries, in milliseconds.
pub const MAX_RETRY_MS: i64 = 60_000;

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Everything is stored and verified (`at` is `None` if nothing was saved since opening).
    Saved {
        /// When the last save was verified.
        at: Option<Timestamp>,
    },
    /// Unsaved changes; a save starts at `due_at` unless more edits come first.
    Dirty {
        /// When the debounce ends.
        due_at: Timestamp,
    },
    /// A save is running.
    Saving {
        /// When it started.
        since: Timestamp,
    },
    /// The last save failed; changes are kept in memory and retried at `retry_at`.
    Failed {
        /// Why it failed.
        reason: VaultError,
        /// When the next attempt starts.
        retry_at: Timestamp,
        /// Failed attempts in a row.
        attempts: u32,
    },
}

/// Proof that a save was started; hand it back with the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SaveTicket {
    revision: u64,
}

/// Tracks edits and saves of one open case.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveTracker {
    state: SaveState,
    /// Counts edits; a save covers the revision current when it started.
    revision: u64,
    saved_revision: u64,
    in_flight: Option<u64>,
    last_edit: Option<Timestamp>,
    attempts: u32,
}

impl Default for SaveTracker {
    fn default() -> Self {
        Self::new()
    }
}

impl SaveTracker {
    /// A tracker for a case just loaded (nothing to save).
    pub fn new() -> Self {
        Self {
            state: SaveState::Saved { at: None },
            revision: 0,
            saved_revision: 0,
            in_flight: None,
            last_edit: None,
            attempts: 0,
        }
    }

    /// The state to show.
    pub fn state(&self) -> &SaveState {
        &self.state
    }

    /// Whether some edit is not yet stored and verified (warn before leaving the page).
    pub fn has_unsaved_changes(&self) -> bool {
        self.saved_revision != self.revision
    }

    /// Records an edit at `now`; the save waits for [`DEBOUNCE_MS`] of quiet.
    pub fn edited(&mut self, now: Timestamp) {
        self.revision += 1;
        self.last_edit = Some(now);
        match self.state {
            SaveState::Saved { .. } | SaveState::Dirty { .. } => {
                self.state = SaveState::Dirty {
                    due_at: Timestamp(now.0 + DEBOUNCE_MS),
                };
            }
            // A running save or a pending retry already covers what comes next.
            SaveState::Saving { .. } | SaveState::Failed { .. } => {}
        }
    }

    /// When the shell should call [`Self::start_due`] next, if at all.
    pub fn next_wake(&self) -> Option<Timestamp> {
        match &self.state {
            SaveState::Dirty { due_at } => Some(*due_at),
            SaveState::Failed { retry_at, .. } => Some(*retry_at),
            SaveState::Saved { .. } | SaveState::Saving { .. } => None,
        }
    }

    /// Starts a save if one is due at `now` (debounce over, or retry time reached).
    pub fn start_due(&mut self, now: Timestamp) -> Option<SaveTicket> {
        match self.next_wake() {
            Some(at) if now >= at => self.start(now),
            _ => None,
        }
    }

    /// Starts a save at once if anything is unsaved and no save is running (before lock or exit).
    pub fn save_now(&mut self, now: Timestamp) -> Option<SaveTicket> {
        if self.has_unsaved_changes() && self.in_flight.is_none() {
            self.start(now)
        } else {
            None
        }
    }

    fn start(&mut self, now: Timestamp) -> Option<SaveTicket> {
        self.in_flight = Some(self.revision);
        self.state = SaveState::Saving { since: now };
        Some(SaveTicket {
            revision: self.revision,
        })
    }

    /// The save for `ticket` was written, read back and verified.
    pub fn succeeded(&mut self, ticket: SaveTicket, now: Timestamp) {
        if self.in_flight != Some(ticket.revision) {
            return; // A stale result: a newer save is running.
        }
        self.in_flight = None;
        self.attempts = 0;
        self.saved_revision = self.saved_revision.max(ticket.revision);
        self.state = if self.has_unsaved_changes() {
            // Edited during the save: save again after the debounce of the last edit.
            let last_edit = self.last_edit.unwrap_or(now);
            SaveState::Dirty {
                due_at: Timestamp((last_edit.0 + DEBOUNCE_MS).max(now.0)),
            }
        } else {
            SaveState::Saved { at: Some(now) }
        };
    }

    /// The save for `ticket` failed: keep the changes and retry later, waiting longer each time.
    pub fn failed(&mut self, ticket: SaveTicket, reason: VaultError, now: Timestamp) {
        if self.in_flight != Some(ticket.revision) {
            return;
        }
        self.in_flight = None;
        self.attempts += 1;
        self.state = SaveState::Failed {
            reason,
            retry_at: Timestamp(now.0 + retry_delay_ms(self.attempts)),
            attempts: self.attempts,
        };
    }
}

/// The wait before retry number `attempts` (1-based): 1 s, 2 s, 4 s ... up to [`MAX_RETRY_MS`].
pub fn retry_delay_ms(attempts: u32) -> i64 {
    let doublings = attempts.saturating_sub(1).min(16);
    (FIRST_RETRY_MS << doublings).min(MAX_RETRY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::store::StoreError;

    fn t(ms: i64) -> Timestamp {
        Timestamp(ms)
    }

    fn quota() -> VaultError {
        VaultError::Store(StoreError::QuotaExceeded)
    }

    #[test]
    fn debounce_waits_for_a_second_of_quiet() {
        let mut tracker = SaveTracker::new();
        assert!(!tracker.has_unsaved_changes());
        tracker.edited(t(0));
        tracker.edited(t(600));
        assert_eq!(tracker.state(), &SaveState::Dirty { due_at: t(1_600) });
        assert_eq!(tracker.start_due(t(1_000)), None);
        assert_eq!(tracker.next_wake(), Some(t(1_600)));
        let ticket = tracker.start_due(t(1_600)).expect("due");
        assert_eq!(tracker.state(), &SaveState::Saving { since: t(1_600) });
        assert!(tracker.has_unsaved_changes(), "not saved until verified");
        tracker.succeeded(ticket, t(1_700));
        assert_eq!(tracker.state(), &SaveState::Saved { at: Some(t(1_700)) });
        assert!(!tracker.has_unsaved_changes());
        assert_eq!(tracker.next_wake(), None);
    }

    #[test]
    fn edit_during_save_schedules_another_save() {
        let mut tracker = SaveTracker::new();
        tracker.edited(t(0));
        let ticket = tracker.start_due(t(1_000)).unwrap();
        tracker.edited(t(1_200));
        assert!(matches!(tracker.state(), SaveState::Saving { .. }));
        tracker.succeeded(ticket, t(1_300));
        assert_eq!(tracker.state(), &SaveState::Dirty { due_at: t(2_200) });
        assert!(tracker.has_unsaved_changes());
        let second = tracker.start_due(t(2_200)).unwrap();
        tracker.succeeded(second, t(2_300));
        assert!(!tracker.has_unsaved_changes());
    }

    #[test]
    fn failure_keeps_changes_and_backs_off() {
        let mut tracker = SaveTracker::new();
        tracker.edited(t(0));
        let first = tracker.start_due(t(1_000)).unwrap();
        tracker.failed(first, quota(), t(1_100));
        assert_eq!(
            tracker.state(),
            &SaveState::Failed {
                reason: quota(),
                retry_at: t(2_100),
                attempts: 1
            }
        );
        assert!(tracker.has_unsaved_changes());
        assert_eq!(tracker.start_due(t(2_000)), None);
        let second = tracker.start_due(t(2_100)).unwrap();
        tracker.failed(second, quota(), t(2_200));
        assert_eq!(tracker.next_wake(), Some(t(4_200)));
        // Edits while failed do not postpone the retry, and are not marked saved.
        tracker.edited(t(3_000));
        assert_eq!(tracker.next_wake(), Some(t(4_200)));
        let third = tracker.start_due(t(4_200)).unwrap();
        tracker.succeeded(third, t(4_300));
        assert_eq!(tracker.state(), &SaveState::Saved { at: Some(t(4_300)) });
        assert!(!tracker.has_unsaved_changes());
    }

    #[test]
    fn retry_delay_doubles_up_to_a_minute() {
        assert_eq!(retry_delay_ms(1), 1_000);
        assert_eq!(retry_delay_ms(2), 2_000);
        assert_eq!(retry_delay_ms(3), 4_000);
        assert_eq!(retry_delay_ms(7), 60_000);
        assert_eq!(retry_delay_ms(1_000), 60_000);
    }

    #[test]
    fn stale_results_are_ignored_and_save_now_flushes() {
        let mut tracker = SaveTracker::new();
        assert_eq!(tracker.save_now(t(0)), None, "nothing to save");
        tracker.edited(t(0));
        let ticket = tracker.save_now(t(10)).expect("flush before the debounce");
        assert_eq!(tracker.save_now(t(20)), None, "already saving");
        let stale = SaveTicket { revision: 99 };
        tracker.succeeded(stale, t(30));
        assert!(matches!(tracker.state(), SaveState::Saving { .. }));
        tracker.failed(stale, quota(), t(30));
        assert!(matches!(tracker.state(), SaveState::Saving { .. }));
        tracker.succeeded(ticket, t(40));
        assert_eq!(tracker.state(), &SaveState::Saved { at: Some(t(40)) });
    }
}
