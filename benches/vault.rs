//! How long the vault takes at the real work factor: unlocking (scrypt, log2 N = 17), and saving a
//! case (encrypt, write, read back and verify, in a `MemoryStore`); and how long a case takes to
//! encode and decode in its stored form. Cases are the generated 1x, 10x and 100x cases (10x:
//! 100 agencies, 400 prior accounts, 1 500 questions). Unlocking does not depend on the cases.
//!
//! Criterion is a native-only dev-dependency: on wasm32 this bench is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod vault {
    use age::secrecy::SecretString;
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
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

    /// Save, encode and decode at 1x, 10x and 100x, to show how they grow with the case.
    fn save_and_encode(c: &mut Criterion) {
        let passphrase = SecretString::from(PASSPHRASE.to_owned());
        let vault = block_on(Vault::new(MemoryStore::new()).create(
            &passphrase,
            WorkFactor::DEFAULT,
            Timestamp(0),
        ))
        .expect("a new vault");
        let mut group = c.benchmark_group("case");
        for scale in [1usize, 10, 100] {
            let case = generated_case(scale);
            let json = encode_case(&case);
            let at = format!("{scale}x");
            if scale == 100 {
                // A 100x save takes a good fraction of a second: fewer, longer samples.
                group.sample_size(10);
            }
            group.throughput(Throughput::Bytes(json.len() as u64));
            group.bench_with_input(
                BenchmarkId::new("save (encrypt, write, read back, verify)", &at),
                &json,
                |b, json| {
                    b.iter(|| {
                        block_on(vault.save_case(&case.id, black_box(json.as_bytes())))
                            .expect("saved")
                    })
                },
            );
            group.bench_with_input(BenchmarkId::new("encode", &at), &case, |b, case| {
                b.iter(|| encode_case(black_box(case)))
            });
            group.bench_with_input(BenchmarkId::new("decode", &at), &json, |b, json| {
                b.iter(|| decode_case(black_box(json)).expect("decodes"))
            });
        }
        group.finish();
    }

    criterion_group!(benches, unlock, save_and_encode);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(vault::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
