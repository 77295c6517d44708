//! The passphrase policy: common passwords and patterns are refused with the reason and what to
//! do; several unrelated words pass; the vault refuses a weak passphrase itself, not only the form.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;

use tell_once::model::Timestamp;
use tell_once::vault::crypto::{
    check_new_passphrase, passphrase_strength, Advice, PassphraseError, StrengthRating, Weakness,
    WorkFactor,
};
use tell_once::vault::store::MemoryStore;
use tell_once::vault::{Vault, VaultError};

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn refusal(passphrase: &str) -> (Option<Weakness>, Vec<Advice>) {
    match check_new_passphrase(&secret(passphrase)) {
        Err(PassphraseError::Guessable { weakness, advice }) => (weakness, advice),
        other => panic!("{passphrase:?} should be refused as guessable, got {other:?}"),
    }
}

#[test]
fn password1234_is_refused_as_a_common_password_with_advice() {
    let (weakness, advice) = refusal("password1234");
    assert!(
        matches!(
            weakness,
            Some(Weakness::CommonPassword | Weakness::NearCommonPassword)
        ),
        "{weakness:?}"
    );
    assert!(advice.contains(&Advice::AddWords), "{advice:?}");
}

#[test]
fn common_patterns_of_twelve_characters_or_more_are_refused() {
    for passphrase in [
        "qwertyuiop123",      // a keyboard row
        "abcdefghijklmnop",   // a sequence
        "aaaaaaaaaaaaaaaa",   // a repeat
        "Password12345!",     // a common password with the usual decorations
        "iloveyou2024!!",     // a common phrase and a recent year
        "P@ssw0rd2023",       // predictable substitutions
        "tellonce1234",       // the app's own name
        "jennifer19851212",   // a name and a date
        "letmeinletmein",     // a common password twice
        "123456789012345678", // digits in order
    ] {
        refusal(passphrase);
    }
}

#[test]
fn several_unrelated_words_pass() {
    for passphrase in [
        "lantern orchard pebble quarry",
        "copper meadow violin glacier",
        "bench orchard lantern ten",
    ] {
        assert_eq!(
            check_new_passphrase(&secret(passphrase)),
            Ok(()),
            "{passphrase}"
        );
        assert!(
            passphrase_strength(&secret(passphrase)).rating >= StrengthRating::Strong,
            "{passphrase}"
        );
    }
}

#[test]
fn the_strength_hint_agrees_with_the_refusal() {
    for passphrase in ["password1234", "qwertyuiop123", "iloveyou2024!!"] {
        assert!(
            passphrase_strength(&secret(passphrase)).rating < StrengthRating::Strong,
            "{passphrase}"
        );
    }
}

#[test]
fn a_minimum_length_still_applies() {
    assert_eq!(
        check_new_passphrase(&secret("Xq7#vL2!pZ9")),
        Err(PassphraseError::TooShort { chars: 11, min: 12 })
    );
}

#[test]
fn the_vault_itself_refuses_a_weak_passphrase_and_writes_nothing() {
    let store = MemoryStore::new();
    let vault = Vault::new(store.clone());
    let err = block_on(vault.create(
        &secret("password1234"),
        WorkFactor::insecure_for_tests(10),
        Timestamp(0),
    ))
    .unwrap_err();
    assert!(
        matches!(
            err,
            VaultError::WeakPassphrase(PassphraseError::Guessable { .. })
        ),
        "{err:?}"
    );
    assert!(!block_on(vault.exists()).unwrap(), "nothing written");
}
