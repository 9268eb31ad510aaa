//! The configuration files the system owner edits: the publication rules (`Rules::parse`,
//! crates/model/src/rules.rs) and the diary's lists (`DiaryConfig::parse`, crates/model/src/config.rs)
//! on arbitrary UTF-8. Never a panic; an accepted file serialises back to TOML that parses to the
//! same value, and the rules' look-ups work on it.
#![no_main]

use diarievakt_model::config::DiaryConfig;
use diarievakt_model::{Audience, Rules};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Rules::parse(text, "fuzz.toml") {
        Ok(r) => {
            let s = toml::to_string(&r).expect("accepted rules serialise to TOML");
            let back = Rules::parse(&s, "roundtrip.toml").unwrap_or_else(|e| panic!("re-serialised rules refused: {e}\n{s}"));
            assert_eq!(back, r, "rules do not round-trip through TOML");
            for a in [Audience::External, Audience::Internal] {
                let _ = r.audience(a);
            }
            let probe = text.lines().next().unwrap_or_default();
            let _ = r.secret_by_default(probe);
            let _ = r.publishes_automatically(probe);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Ok(c) = DiaryConfig::parse(text, "fuzz.toml") {
        let s = toml::to_string(&c).expect("an accepted diary.toml serialises to TOML");
        let back = DiaryConfig::parse(&s, "roundtrip.toml").unwrap_or_else(|e| panic!("re-serialised diary.toml refused: {e}\n{s}"));
        assert_eq!(back, c, "diary.toml does not round-trip through TOML");
    }
});
