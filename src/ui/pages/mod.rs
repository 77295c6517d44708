//! One module per page of the app.

mod home;
mod not_found;
mod safety;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use safety::SafetyPage;
