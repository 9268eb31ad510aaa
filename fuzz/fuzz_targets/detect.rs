//! The detector on arbitrary UTF-8: it must never panic, and every finding must point back into the
//! text exactly (callers map `start..end` to character boxes and highlight it).
#![no_main]

use diarievakt_detect::{detect, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let findings = detect(text);
    let mut prev = (0usize, 0usize);
    for f in &findings {
        assert!(f.start < f.end, "empty or reversed range {}..{}", f.start, f.end);
        assert!(f.end <= text.len(), "range {}..{} outside a text of {} bytes", f.start, f.end, text.len());
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "range {}..{} not on char boundaries",
            f.start,
            f.end
        );
        assert_eq!(f.text, &text[f.start..f.end], "finding text differs from the input at {}..{}", f.start, f.end);
        assert!(
            (Options::DEFAULT_MIN_CONFIDENCE..=1.0).contains(&f.confidence),
            "confidence {} outside {}..=1.0",
            f.confidence,
            Options::DEFAULT_MIN_CONFIDENCE
        );
        // Documented: ordered by start offset.
        assert!((f.start, f.end) >= prev, "findings out of order: {:?} after {:?}", (f.start, f.end), prev);
        prev = (f.start, f.end);
    }
});
