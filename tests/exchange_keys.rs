//! Sharing keys: every vault's exchange identity, apart from the key that encrypts the vault,
//! made once and kept only encrypted; its fingerprint and QR code; contacts and bad keys; and
//! interoperability with the `age` command-line tool. Every agency here is made up.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use futures::executor::block_on;
use sha2::{Digest, Sha256};

use tell_once::model::case::{AgencyRole, Case};
use tell_once::model::exchange::{ExchangeKey, RequestTerms};
use tell_once::model::planner::latest_consent_time;
use tell_once::model::sample::sample_case;
use tell_once::model::schema::encode_case;
use tell_once::model::{AgencyId, Timestamp};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::exchange::{
    fingerprint, parse_exchange_key, qr_svg, ContactError, ExchangeError, ExchangeKeyError,
    RequestLock,
};
use tell_once::vault::manifest::{IntegrityProblem, SharedRecord};
use tell_once::vault::store::{
    MemoryStore, Shelf, StoreError, StoreWrite, VaultStore, CONTRIBUTIONS_KEY, EXCHANGE_KEY,
};
use tell_once::vault::{UnlockedVault, Vault, VaultSettings};

const PASSPHRASE: &str = "quiet harbour lantern 42";

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn new_vault(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    block_on(Vault::new(store.clone()).create(
        &secret(PASSPHRASE),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_770_000_000_000),
    ))
    .expect("create")
}

fn reopen(vault: UnlockedVault<MemoryStore>) -> UnlockedVault<MemoryStore> {
    block_on(vault.lock().unlock(&secret(PASSPHRASE))).expect("unlock")
}

/// The `AGE-SECRET-KEY-1…` line of an exported identity file.
fn secret_line(file: &SecretString) -> String {
    file.expose_secret()
        .lines()
        .find(|line| line.starts_with("AGE-SECRET-KEY-1"))
        .expect("an age identity")
        .to_owned()
}

/// A valid key of no vault here.
fn stranger() -> ExchangeKey {
    ExchangeKey(age::x25519::Identity::generate().to_public().to_string())
}

#[test]
fn a_vault_made_before_sharing_keys_gets_one_on_first_use_and_loses_nothing() {
    // A vault as the version before left it: a case and settings, no sharing keys.
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let case = sample_case();
    let stored = encode_case(&case);
    block_on(vault.save_case(&case.id, stored.as_bytes())).unwrap();
    block_on(
        vault.save_settings(
            &VaultSettings::default()
                .with_author("Officer Reyes")
                .unwrap(),
        ),
    )
    .unwrap();
    let vault = reopen(vault);
    assert!(
        store.raw(Shelf::Vault, EXCHANGE_KEY).is_none(),
        "nothing made before it is needed"
    );

    let key = block_on(vault.exchange_key()).unwrap();
    assert!(
        key.as_str().starts_with("age1") && key.as_str().len() == 62,
        "{key}"
    );
    assert!(store.raw(Shelf::Vault, EXCHANGE_KEY).is_some());
    assert_eq!(block_on(vault.exchange_key()).unwrap(), key, "made once");

    // Everything is as it was, the manifest lists the new record, and the key stays the same.
    let vault = reopen(vault);
    assert!(
        vault.integrity_problems().is_empty(),
        "{:?}",
        vault.integrity_problems()
    );
    assert_eq!(
        block_on(vault.load_case(&case.id)).unwrap().json_str(),
        stored
    );
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some("Officer Reyes")
    );
    assert_eq!(block_on(vault.exchange_key()).unwrap(), key);
    assert!(block_on(vault.contacts()).unwrap().is_empty());
    assert!(block_on(vault.contributions()).unwrap().is_empty());

    // Each vault has its own.
    let other = new_vault(&MemoryStore::new());
    assert_ne!(block_on(other.exchange_key()).unwrap(), key);
}

/// Returns `Pending` once before it is ready, as the browser's storage does, so that two tasks
/// run by turns.
struct YieldOnce(bool);

impl std::future::Future for YieldOnce {
    type Output = ();

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 {
            return std::task::Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

/// A memory store whose every operation waits a turn.
#[derive(Clone)]
struct Yielding(MemoryStore);

impl VaultStore for Yielding {
    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        YieldOnce(false).await;
        self.0.get(shelf, key).await
    }

    async fn write_batch(&self, writes: &[StoreWrite<'_>]) -> Result<(), StoreError> {
        YieldOnce(false).await;
        self.0.write_batch(writes).await
    }

    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError> {
        YieldOnce(false).await;
        self.0.keys(shelf).await
    }

    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError> {
        YieldOnce(false).await;
        self.0.clear(shelf).await
    }
}

#[test]
fn two_tasks_asking_at_once_get_the_same_exchange_key() {
    let store = Yielding(MemoryStore::new());
    let vault = block_on(Vault::new(store.clone()).create(
        &secret(PASSPHRASE),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_770_000_000_000),
    ))
    .unwrap();
    // Both read "no key yet" before either has saved one.
    let (first, second) = block_on(futures::future::join(
        vault.exchange_key(),
        vault.exchange_key(),
    ));
    let first = first.unwrap();
    assert_eq!(second.unwrap(), first);
    let vault = block_on(vault.lock().unlock(&secret(PASSPHRASE))).unwrap();
    assert_eq!(
        block_on(vault.exchange_key()).unwrap(),
        first,
        "the one kept"
    );
}

#[test]
fn the_exchange_identity_is_kept_only_encrypted_and_opens_no_record_of_the_vault() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let case = sample_case();
    block_on(vault.save_case(&case.id, encode_case(&case).as_bytes())).unwrap();
    block_on(
        vault.save_settings(
            &VaultSettings::default()
                .with_author("Officer Reyes")
                .unwrap(),
        ),
    )
    .unwrap();
    block_on(vault.add_contact(
        "Harbour Light Support Centre",
        AgencyRole::Ngo,
        stranger().as_str(),
    ))
    .unwrap();
    let exported = block_on(vault.export_exchange_identity()).unwrap();
    let line = secret_line(&exported);
    let key = block_on(vault.exchange_key()).unwrap();
    assert!(
        exported.expose_secret().contains(key.as_str()),
        "the public key as a comment"
    );

    // Not in storage in any form: neither the secret nor the contact's name.
    let all = store.all_bytes();
    let contains = |needle: &[u8]| all.windows(needle.len()).any(|w| w == needle);
    assert!(!contains(line.as_bytes()));
    assert!(!contains(line.to_ascii_lowercase().as_bytes()));
    assert!(!contains(b"Harbour Light"));

    // It opens none of the vault's records: cases, settings, manifest, its own record.
    let identity = age::x25519::Identity::from_str(&line).unwrap();
    assert_eq!(identity.to_public().to_string(), key.as_str());
    let mut records: Vec<Vec<u8>> = store
        .raw_keys(Shelf::Cases)
        .iter()
        .map(|k| store.raw(Shelf::Cases, k).unwrap())
        .collect();
    for k in ["settings", "manifest", EXCHANGE_KEY] {
        records.push(store.raw(Shelf::Vault, k).unwrap());
    }
    assert!(records.len() >= 4);
    for record in records {
        assert!(
            matches!(
                age::decrypt(&identity, &record),
                Err(age::DecryptError::NoMatchingKeys)
            ),
            "the exchange identity opened a record of the vault"
        );
    }
}

#[test]
fn the_fingerprint_is_sixteen_unambiguous_characters_from_a_hash_of_the_key() {
    let key = stranger();
    let print = fingerprint(&key);
    assert_eq!(print, fingerprint(&key), "deterministic");
    let groups: Vec<&str> = print.split(' ').collect();
    assert_eq!(groups.len(), 4, "{print}");
    for group in &groups {
        assert_eq!(group.len(), 4, "{print}");
        assert!(
            group
                .chars()
                .all(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)),
            "{print}"
        );
    }
    // Worked out here another way: the first 80 bits of the domain-separated hash, 5 at a time.
    let hash = Sha256::digest(
        [
            b"tell-once exchange key fingerprint v1\n".as_slice(),
            key.as_str().as_bytes(),
        ]
        .concat(),
    );
    let bits: String = hash[..10].iter().map(|b| format!("{b:08b}")).collect();
    let expected: String = bits
        .as_bytes()
        .chunks(5)
        .map(|five| {
            let index = usize::from_str_radix(std::str::from_utf8(five).unwrap(), 2).unwrap();
            "0123456789ABCDEFGHJKMNPQRSTVWXYZ".as_bytes()[index] as char
        })
        .collect();
    assert_eq!(print.replace(' ', ""), expected);
    assert_ne!(
        fingerprint(&stranger()),
        print,
        "another key, another fingerprint"
    );
}

#[test]
fn the_qr_code_is_an_svg_element_of_the_key() {
    let key = stranger();
    let svg = qr_svg(&key);
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>") && !svg.contains("<?xml"));
    assert!(svg.contains("viewBox=\"0 0 ") && svg.contains("<path"));
    assert_eq!(qr_svg(&key), svg, "deterministic");
    assert_ne!(qr_svg(&stranger()), svg);
    // The modules drawn are those of the key's QR code, at 1:1 when rendered as text.
    let code =
        qrcode::QrCode::with_error_correction_level(key.as_str(), qrcode::EcLevel::M).unwrap();
    let width = code.width() as u32;
    let side: u32 = svg
        .split("width=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert_eq!(
        side % (width + 8),
        0,
        "{width} modules and a quiet zone of 4 each side"
    );
    assert!(side >= 200);
}

#[test]
fn bad_contact_keys_are_refused_with_what_is_wrong() {
    let vault = new_vault(&MemoryStore::new());
    let own = block_on(vault.exchange_key()).unwrap();
    let good = stranger();
    let add = |key: &str| {
        block_on(vault.add_contact(
            "Tessaly County Prosecutor's Office",
            AgencyRole::Prosecutor,
            key,
        ))
    };
    let refused = |key: &str| match add(key) {
        Err(ExchangeError::Contact(ContactError::Key(error))) => error,
        other => panic!("{key}: {other:?}"),
    };
    assert_eq!(refused(""), ExchangeKeyError::Blank);
    assert_eq!(refused("   \n"), ExchangeKeyError::Blank);
    for not_a_key in [
        "hello",
        "age1",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        "https://example.org/key",
        &good.as_str()[..40],
        &format!("{}q", good.as_str()),
        "age1bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    ] {
        assert_eq!(
            refused(not_a_key),
            ExchangeKeyError::NotAnExchangeKey,
            "{not_a_key}"
        );
    }
    // One character changed: the checksum catches it.
    let mut typo: Vec<char> = good.as_str().chars().collect();
    typo[20] = if typo[20] == 'q' { 'p' } else { 'q' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(refused(&typo), ExchangeKeyError::WrongChecksum);
    assert_eq!(refused(own.as_str()), ExchangeKeyError::OwnKey);
    let exported = block_on(vault.export_exchange_identity()).unwrap();
    assert_eq!(
        refused(&secret_line(&exported)),
        ExchangeKeyError::SecretKeyGiven
    );
    assert!(
        block_on(vault.contacts()).unwrap().is_empty(),
        "nothing was added"
    );

    // Broken over lines in an email, or in capitals as some scanners read it: the same key.
    let (head, tail) = good.as_str().split_at(31);
    let added = add(&format!("  {head}\n{tail}  ")).unwrap();
    assert_eq!(added.key, good);
    assert_eq!(
        parse_exchange_key(&good.as_str().to_ascii_uppercase()),
        Ok(good.clone())
    );
    assert_eq!(
        add(good.as_str()).err(),
        Some(ExchangeError::Contact(ContactError::AlreadyAContact {
            agency: "Tessaly County Prosecutor's Office".into()
        }))
    );
    assert_eq!(
        block_on(vault.add_contact("  ", AgencyRole::Ngo, stranger().as_str())).err(),
        Some(ExchangeError::Contact(ContactError::BlankName))
    );
    // Every refusal has a message id.
    for error in [
        ExchangeKeyError::Blank,
        ExchangeKeyError::SecretKeyGiven,
        ExchangeKeyError::NotAnExchangeKey,
        ExchangeKeyError::WrongChecksum,
        ExchangeKeyError::OwnKey,
    ] {
        assert!(error.message_id().starts_with("exchange-key-error-"));
    }
}

#[test]
fn contacts_are_added_verified_and_removed_and_kept_across_a_reload() {
    let vault = new_vault(&MemoryStore::new());
    let (police, ngo) = (stranger(), stranger());
    let added =
        block_on(vault.add_contact(" Marrowby Police ", AgencyRole::Police, police.as_str()))
            .unwrap();
    assert_eq!(added.agency, "Marrowby Police");
    assert!(!added.verified);
    block_on(vault.add_contact(
        "Harbour Light Support Centre",
        AgencyRole::Ngo,
        ngo.as_str(),
    ))
    .unwrap();
    assert!(block_on(vault.verify_contact(&police)).unwrap().verified);

    let vault = reopen(vault);
    let contacts = block_on(vault.contacts()).unwrap();
    let shown: Vec<(&str, AgencyRole, bool)> = contacts
        .iter()
        .map(|c| (c.agency.as_str(), c.role, c.verified))
        .collect();
    assert_eq!(
        shown,
        [
            ("Marrowby Police", AgencyRole::Police, true),
            ("Harbour Light Support Centre", AgencyRole::Ngo, false),
        ]
    );
    block_on(vault.remove_contact(&police)).unwrap();
    assert_eq!(block_on(vault.contacts()).unwrap().len(), 1);
    let unknown = Some(ExchangeError::Contact(ContactError::UnknownContact));
    assert_eq!(block_on(vault.remove_contact(&police)).err(), unknown);
    assert_eq!(block_on(vault.verify_contact(&police)).err(), unknown);
}

#[test]
fn a_new_vault_key_keeps_the_sharing_keys_contacts_and_contributions() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let lead = new_vault(&MemoryStore::new());
    let key = block_on(vault.exchange_key()).unwrap();
    block_on(vault.add_contact("Marrowby Police", AgencyRole::Police, stranger().as_str()))
        .unwrap();
    let case = sample_case();
    let made = block_on(lead.make_question_request(
        &case,
        &AgencyId::new("ngo"),
        terms(&case),
        RequestLock::ExchangeKey(key.clone()),
    ))
    .unwrap();
    let contribution =
        block_on(vault.open_question_request(made.file.as_bytes(), None, Timestamp(1))).unwrap();
    assert!(store.raw(Shelf::Vault, CONTRIBUTIONS_KEY).is_some());

    let rotated = block_on(vault.rotate_key(
        &secret(PASSPHRASE),
        &secret("lantern quarry pebble 93"),
        WorkFactor::insecure_for_tests(10),
        |_, _| {},
    ))
    .unwrap();
    let rotated = block_on(rotated.lock().unlock(&secret("lantern quarry pebble 93"))).unwrap();
    assert!(
        rotated.integrity_problems().is_empty(),
        "{:?}",
        rotated.integrity_problems()
    );
    assert_eq!(block_on(rotated.exchange_key()).unwrap(), key);
    assert_eq!(block_on(rotated.contacts()).unwrap().len(), 1);
    assert_eq!(block_on(rotated.contributions()).unwrap(), [contribution]);
}

#[test]
fn sharing_keys_changed_outside_tell_once_are_reported() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.exchange_key()).unwrap();
    let other = MemoryStore::new();
    let elsewhere = new_vault(&other);
    block_on(elsewhere.exchange_key()).unwrap();
    // Another vault's record put in place of this one's.
    store.set_raw(
        Shelf::Vault,
        EXCHANGE_KEY,
        other.raw(Shelf::Vault, EXCHANGE_KEY).unwrap(),
    );
    let vault = reopen(vault);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::SharedRecordAltered {
            record: SharedRecord::ExchangeKeys
        }]
    );
    // It is not this vault's record: it does not open, and nothing is made over it.
    assert!(block_on(vault.exchange_key()).is_err());
}

fn terms(case: &Case) -> RequestTerms {
    let at = latest_consent_time(case);
    RequestTerms {
        sent_at: Timestamp(at.0 + 1_000),
        due: Timestamp(at.0 + 7 * 86_400_000),
        note: String::new(),
        lead_agency: "Marrowby Police".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Interop with the standard `age` command-line tool: a request sealed to a sharing key opens
// with `age -d -i` and the identity the vault exports, and a file `age -r` seals to a sharing
// key opens in the vault.

const AGE: &str = "/usr/bin/age";

/// Whether to run the interop tests; fails instead of skipping where they are required.
fn age_cli_available() -> bool {
    let present = Path::new(AGE).exists();
    let required =
        std::env::var_os("CI").is_some() || std::env::var_os("TELL_ONCE_REQUIRE_AGE").is_some();
    if !present {
        assert!(
            !required,
            "the age CLI interop test needs {AGE} (apt-get install age)"
        );
        eprintln!("skipped: {AGE} is missing");
    }
    present
}

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tell-once-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn age_cli_decrypts_a_request_with_the_agencys_exported_identity() {
    if !age_cli_available() {
        return;
    }
    let lead = new_vault(&MemoryStore::new());
    let agency = new_vault(&MemoryStore::new());
    let third = new_vault(&MemoryStore::new());
    let case = sample_case();
    let made = block_on(lead.make_question_request(
        &case,
        &AgencyId::new("prosecutor"),
        terms(&case),
        RequestLock::ExchangeKey(block_on(agency.exchange_key()).unwrap()),
    ))
    .unwrap();
    let dir = scratch_dir("exchange-age-d");
    std::fs::write(dir.join("request.age"), &made.file).unwrap();
    std::fs::write(
        dir.join("agency.key"),
        block_on(agency.export_exchange_identity())
            .unwrap()
            .expose_secret(),
    )
    .unwrap();
    std::fs::write(
        dir.join("third.key"),
        block_on(third.export_exchange_identity())
            .unwrap()
            .expose_secret(),
    )
    .unwrap();
    let age = |args: &[&str]| {
        Command::new(AGE)
            .args(args)
            .current_dir(&dir)
            .output()
            .expect("age runs")
    };
    let out = age(&[
        "-d",
        "-i",
        "agency.key",
        "-o",
        "request.json",
        "request.age",
    ]);
    assert!(
        out.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("request.json")).unwrap()).unwrap();
    assert_eq!(file["format"], "tell-once-question-request");
    assert_eq!(file["request"]["agency"], "prosecutor");
    assert_eq!(file["request"]["id"], made.request.id.as_str());
    assert_eq!(
        file["request"]["packet"]["case"]["code"],
        case.code.as_str()
    );

    // Another agency's identity does not open it.
    let out = age(&["-d", "-i", "third.key", "-o", "third.json", "request.age"]);
    assert!(!out.status.success());

    // age encrypts to a sharing key as the vault does: the vault opens what `age -r` sealed
    // (and says it is not a return, which it is not).
    let lead_key = block_on(lead.exchange_key()).unwrap();
    std::fs::write(dir.join("note.json"), r#"{"format":"something else"}"#).unwrap();
    let out = age(&["-r", lead_key.as_str(), "-a", "-o", "note.age", "note.json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = std::fs::read(dir.join("note.age")).unwrap();
    assert_eq!(
        block_on(lead.read_question_return(&sealed)).err(),
        Some(ExchangeError::File(
            tell_once::vault::exchange::ExchangeFileError::NotAReturn
        ))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
