//! An Open Referral HSDS JSON document imported into the service directory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tell_once::model::directory::hsds_json::import_hsds_json;
use tell_once::model::directory::Directory;

fuzz_target!(|text: &str| {
    if let Ok(services) = import_hsds_json("services.json", text) {
        // What was imported merges into a directory that then holds it.
        let count = services.len();
        let mut directory = Directory::new();
        let summary = directory.merge(services);
        assert_eq!(summary.added, count, "an import holds no duplicate service");
        assert_eq!(directory.services().len(), count);
    }
});
