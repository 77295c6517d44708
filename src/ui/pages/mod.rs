//! One module per page of the app.

mod cases;
mod exchange;
mod home;
mod not_found;
mod safety;
mod vault;
mod vault_gate;
mod vault_import;
mod vault_passphrase;
mod vault_wipe;

pub use cases::CasesPage;
pub use exchange::ExchangePage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use safety::SafetyPage;
pub use vault::{ExportForm, VaultPage};
pub use vault_gate::{CreateVaultForm, GateForm, GateForms, UnlockForm, VaultGate};
