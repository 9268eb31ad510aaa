//! Preview latency: what the window computes on every keystroke (projection, page HTML and the
//! form's personal-data check) for a case with 50 documents. The target is well under one frame
//! (16 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use diarievakt_core::preview;
use diarievakt_model::{Audience, Case, CaseRecord, Direction, Document, FileRef, Rules, Secrecy};
use std::hint::black_box;

fn record(docs: usize) -> CaseRecord {
    let case: Case = serde_json::from_value(serde_json::json!({
        "number": "RS/399/2021", "title": "Klagomål på vården vid Östersunds sjukhus",
        "description": "Anna Svensson, Storgatan 12, 831 30 Östersund, klagar på behandlingen av sin mamma.",
        "case_type": "Klagomål", "counterpart": "Anna Svensson", "registered": "2021-06-01",
        "officer": "Karin Lind", "unit": "Patientnämnden", "personal_data": false
    }))
    .unwrap();
    let documents = (0..docs)
        .map(|i| Document {
            number: Some(format!("RS/399/2021:{}", i + 1)),
            title: format!("Skrivelse {i} från Per Andersson angående vård och omsorg"),
            public_title: None,
            direction: if i % 2 == 0 { Direction::Incoming } else { Direction::Outgoing },
            date: "2021-06-01".parse().unwrap(),
            counterpart: Some("Per Andersson, Kyrkgatan 3, 831 31 Östersund".into()),
            document_type: ["Skrivelse", "Protokollsutdrag", "Beslut"][i % 3].into(),
            secrecy: (i % 5 == 0).then(|| Secrecy { reference: "OSL 25 kap. 1 §".into() }),
            personal_data: i % 7 == 0,
            file: Some(FileRef { name: format!("dok{i}.pdf"), sha256: format!("{i:064x}"), size: Some(1000), pages: Some(2) }),
            publish_file: i % 2 == 0,
        })
        .collect();
    CaseRecord { case, documents }
}

fn bench(c: &mut Criterion) {
    let rules = Rules::defaults();
    let r = record(50);
    c.bench_function("preview_external_50_documents", |b| b.iter(|| preview(black_box(&r), &rules, Audience::External, &[])));
    c.bench_function("preview_internal_50_documents", |b| b.iter(|| preview(black_box(&r), &rules, Audience::Internal, &[])));
}

criterion_group!(benches, bench);
criterion_main!(benches);
