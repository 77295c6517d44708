//! How long the vault takes at the real work factor: unlocking (scrypt, log2 N = 17), and saving a
//! large case (encrypt, write, read back and verify, in a `MemoryStore`); and how long a large
//! case takes to encode and decode in its stored form. The large case is the generated 10x case
//! (100 agencies, 400 prior accounts, 1 500 questions).
//!
//! Criterion is a native-only dev-dependency: on wasm32 this bench is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod vault {
    use age::secrecy::SecretString;
    use criterion::{criterion_group, Criterion, Throughput};
    use futures::executor::block_on;
    use std::hint::black_box;
    use std::time::Duration;
    use tell_once::model::generate::generated_case;
    use tell_once::model::schema::{decode_case, encode_case};
    use tell_once::model::Timestamp;
    use tell_once::vault::crypto::WorkFactor;
    use tell_once::vault::store::MemoryStore;
    use tell_once::vault::Vault;

    const PASSPHRASE: &str = "lantern orchard pebble 42";

    fn unlock(c: &mut Criterion) {
        let passphrase = SecretString::from(PASSPHRASE.to_owned());
        let vault = Vault::new(MemoryStore::new());
        block_on(vault.create(&passphrase, WorkFactor::DEFAULT, Timestamp(0)))
            .expect("a new vault");
        let mut group = c.benchmark_group("vault");
        // Each unlock derives the key at 2^17: a few runs are enough.
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(10));
        group.bench_function("unlock (work factor 17)", |b| {
            b.iter(|| block_on(vault.unlock(black_box(&passphrase))).expect("unlocks"))
        });
        group.finish();
    }

    fn save_and_encode(c: &mut Criterion) {
        let passphrase = SecretString::from(PASSPHRASE.to_owned());
        let case = generated_case(10);
        let json = encode_case(&case);
        let vault = block_on(Vault::new(MemoryStore::new()).create(
            &passphrase,
            WorkFactor::DEFAULT,
            Timestamp(0),
        ))
        .expect("a new vault");
        let mut group = c.benchmark_group("case 10x");
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_function("save (encrypt, write, read back, verify)", |b| {
            b.iter(|| {
                block_on(vault.save_case(&case.id, black_box(json.as_bytes()))).expect("saved")
            })
        });
        group.bench_function("encode", |b| b.iter(|| encode_case(black_box(&case))));
        group.bench_function("decode", |b| {
            b.iter(|| decode_case(black_box(&json)).expect("decodes"))
        });
        group.finish();
    }

    criterion_group!(benches, unlock, save_and_encode);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(vault::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
