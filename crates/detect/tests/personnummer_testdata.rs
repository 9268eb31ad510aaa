//! The personnummer libraries' shared test list and Skatteverket's test numbers, read from
//! `../shared/testdata/personnummer` (never copied into the project).

use diarievakt_detect::personnummer::{self, Kind};
use serde_json::Value;
use std::path::PathBuf;

fn testdata(name: &str) -> Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/personnummer").join(name);
    let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&s).unwrap()
}

fn forms(case: &Value) -> Vec<String> {
    ["long_format", "short_format", "separated_format", "separated_long"]
        .iter()
        .filter_map(|k| case.get(*k).and_then(|v| v.as_str()).map(str::to_string))
        .collect()
}

#[test]
fn shared_list_every_form() {
    for case in testdata("list.json").as_array().unwrap() {
        let valid = case["valid"].as_bool().unwrap();
        let ty = case["type"].as_str().unwrap();
        for f in forms(case) {
            let parsed = personnummer::parse(&f);
            let expect = valid;
            assert_eq!(parsed.is_some(), expect, "{f} ({ty})");
            if let Some(p) = parsed {
                let k = if ty == "con" { Kind::Samordningsnummer } else { Kind::Personnummer };
                assert_eq!(p.kind, k, "{f}");
            }
        }
    }
}

#[test]
fn interim_numbers() {
    for case in testdata("interim.json").as_array().unwrap() {
        let valid = case["valid"].as_bool().unwrap();
        for f in forms(case) {
            let p = personnummer::parse(&f);
            assert_eq!(p.is_some(), valid, "{f}");
        }
    }
}

#[test]
fn organisation_numbers_are_not_personnummer() {
    for case in testdata("orgnumber.json").as_array().unwrap() {
        for f in forms(case) {
            assert!(personnummer::parse(&f).is_none(), "{f}");
            assert!(personnummer::find_all(&format!("Org.nr {f} gäller.")).is_empty(), "{f}");
        }
    }
}

#[test]
fn every_skatteverket_test_number() {
    let pins = testdata("allPins.json");
    let pins = pins.as_array().unwrap();
    assert!(pins.len() > 40_000);
    for p in pins {
        let s = p.as_str().unwrap();
        assert_eq!(personnummer::parse(s).map(|p| p.kind), Some(Kind::Personnummer), "{s}");
        assert_eq!(personnummer::parse(&s[2..]).map(|p| p.kind), Some(Kind::Personnummer), "{s}");
        let sep = format!("{}-{}", &s[2..8], &s[8..]);
        assert_eq!(personnummer::find_all(&format!("pnr {sep}.")).len(), 1, "{sep}");
    }
    for p in testdata("allCoords.json").as_array().unwrap() {
        let s = p.as_str().unwrap();
        assert_eq!(personnummer::parse(s).map(|p| p.kind), Some(Kind::Samordningsnummer), "{s}");
    }
}
