#!/usr/bin/env python3
"""Chooses a confidence threshold per category by F2 on calibration data.

Usage: python3 calibrate.py GOLD1 SCAN1 [GOLD2 SCAN2 ...]
The scans must be made with a low floor (MIN_CONFIDENCE=0.3 cargo run --example eval ...), on data that
was not used to write the rules (fresh gen.py seeds, the held-out dev part). Prints, per category, F2 at
the shipped threshold (0.5) and the threshold in 0.30..0.90 that maximises F2 (ties: the one nearest 0.5).
"""
import json, sys
from collections import defaultdict
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "../../../../shared/corpus"))
from score import overlaps, key

def load(g, s):
    gold = json.load(open(g, encoding="utf-8"))
    scans = {key(x["file"]): x for x in (json.loads(l) for l in open(s, encoding="utf-8") if l.strip())}
    return gold, scans

def counts(pairs, thr):
    tp, fn, fp = defaultdict(int), defaultdict(int), defaultdict(int)
    for gold, scans in pairs:
        for doc in gold:
            sc = scans.get(key(doc["file"]), {})
            found = [f for f in sc.get("findings", []) if f["confidence"] >= thr.get(f["category"], 0.5)]
            flagged = set(sc.get("pages_without_text") or [])
            for g in doc["findings"]:
                hit = any(f["page"] == g["page"] and f["category"] == g["category"] and overlaps(g["text"], f["text"]) for f in found)
                hit = hit or (g["page"] in doc.get("pages_without_text", []) and g["page"] in flagged)
                (tp if hit else fn)[g["category"]] += 1
            for f in found:
                if not any(f["page"] == g["page"] and overlaps(g["text"], f["text"]) for g in doc["findings"]):
                    fp[f["category"]] += 1
    return tp, fn, fp

def f2(t, n, p):
    r = t / (t + n) if t + n else 1.0
    pr = t / (t + p) if t + p else 1.0
    return 5 * r * pr / (4 * pr + r) if 4 * pr + r else 0.0

pairs = [load(sys.argv[i], sys.argv[i + 1]) for i in range(1, len(sys.argv), 2)]
cats = sorted({g["category"] for gold, _ in pairs for d in gold for g in d["findings"]})
print(f'{"category":20} {"F2@0.50":>8} {"best thr":>8} {"F2":>6}')
for c in cats:
    scores = []
    for k in range(30, 91, 5):
        tp, fn, fp = counts(pairs, {c: k / 100})
        scores.append((round(f2(tp[c], fn[c], fp[c]), 6), -abs(k - 50), k / 100))
    best = max(scores)
    best = (best[2], best[0])
    tp, fn, fp = counts(pairs, {})
    print(f"{c:20} {f2(tp[c], fn[c], fp[c]):8.3f} {best[0]:8.2f} {best[1]:6.3f}")
