import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, draftKey } from "./drafts";
import { emptyCase, emptyDocument, fromCase, fromDocument, toCase, toDocument, withEdited, formatSize } from "./form";
import { actionFor } from "./shortcuts";

const setup = { today: "2026-11-22", config: { series: [], case_types: ["Allmänt ärende"], document_types: ["Skrivelse"], units: [], osl: [], organisation: null } };

describe("form conversion", () => {
  it("turns empty optional fields into null and back", () => {
    const f = emptyCase(setup);
    f.title = "Rutin";
    const c = toCase(f);
    expect(c.description).toBeNull();
    expect(c.public_title).toBeNull();
    expect(c.secrecy).toBeNull();
    expect(c.registered).toBe("2026-11-22");
    expect(fromCase(c)).toEqual(f);
  });
  it("keeps a secrecy marking with an empty reference, so the core can refuse it", () => {
    const f = emptyCase(setup);
    f.secret = true;
    expect(toCase(f).secrecy).toEqual({ reference: "" });
  });
  it("round-trips a document", () => {
    const d = emptyDocument(setup);
    d.title = "Skrivelse";
    d.counterpart = "  ";
    const doc = toDocument(d);
    expect(doc.counterpart).toBeNull();
    expect(fromDocument(doc).title).toBe("Skrivelse");
  });
  it("places the edited document in the preview", () => {
    const a = toDocument({ ...emptyDocument(setup), number: "RS/1/2026:1", title: "A" });
    const b = toDocument({ ...emptyDocument(setup), number: "RS/1/2026:2", title: "B" });
    const editedA = { ...a, title: "A2" };
    expect(withEdited([a, b], editedA).map((d) => d.title)).toEqual(["A2", "B"]);
    const fresh = toDocument({ ...emptyDocument(setup), title: "Ny" });
    expect(withEdited([a], fresh).map((d) => d.title)).toEqual(["A", "Ny"]);
    expect(withEdited([a], null)).toEqual([a]);
  });
  it("formats sizes the Swedish way", () => {
    expect(formatSize(2_500_000)).toBe("2,4 MB");
    expect(formatSize(900)).toBe("900 B");
  });
});

describe("drafts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  it("saves the last value once the typing pauses", async () => {
    const saved: [string, string][] = [];
    const d = new DraftSaver(async (k, v) => { saved.push([k, v]); }, 250);
    d.schedule("case:new", { title: "R" });
    d.schedule("case:new", { title: "Ru" });
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual([]);
    d.schedule("case:new", { title: "Rut" });
    await vi.advanceTimersByTimeAsync(260);
    expect(saved).toEqual([["case:new", '{"title":"Rut"}']]);
  });
  it("flushes at once and forgets a cancelled key", async () => {
    const saved: string[] = [];
    const d = new DraftSaver(async (k) => { saved.push(k); });
    d.schedule("case:new", 1);
    d.schedule("document:RS/1/2026:new", 2);
    d.cancel("case:new");
    await d.flush();
    expect(saved).toEqual(["document:RS/1/2026:new"]);
  });
  it("names drafts by what they belong to", () => {
    expect(draftKey("case", null)).toBe("case:new");
    expect(draftKey("document", null, "RS/1/2026")).toBe("document:RS/1/2026:new");
  });
});

describe("shortcuts", () => {
  const k = (key: string, ctrlKey = true) => ({ key, ctrlKey, metaKey: false, altKey: false, shiftKey: false });
  it("maps the documented keys", () => {
    expect(actionFor(k("s"))).toBe("save");
    expect(actionFor(k("N"))).toBe("newCase");
    expect(actionFor(k("d"))).toBe("newDocument");
    expect(actionFor(k("f"))).toBe("search");
    expect(actionFor(k("Escape", false))).toBe("cancel");
    expect(actionFor(k("s", false))).toBeNull();
    expect(actionFor(k("x"))).toBeNull();
  });
});

import { boxStyle, groupByCategory, readingOrder, step, viewerAction } from "./review";
import type { CategoryInfo, ReviewFinding } from "./bindings";

const finding = (id: string, page: number, top: number, left: number, verdict: ReviewFinding["verdict"] = null, category: ReviewFinding["category"] = "name"): ReviewFinding => ({
  id, category, severity: category === "personal_id" ? "high" : "normal", page, text: id,
  boxes: [[left, top - 10, left + 50, top]], explanation: "", verdict, reason: null,
});

describe("review viewer helpers", () => {
  it("maps keys to viewer actions, with Shift for a whole category", () => {
    const k = (key: string, code = "", shiftKey = false) => viewerAction({ key, code, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
    expect(k("n")).toEqual({ kind: "next" });
    expect(k("p")).toEqual({ kind: "previous" });
    expect(k("1", "Digit1")).toEqual({ kind: "decide", verdict: "not_personal_data", bulk: false });
    // Shift+3 on a Swedish keyboard gives "#": the physical key decides.
    expect(k("#", "Digit3", true)).toEqual({ kind: "decide", verdict: "must_not_publish", bulk: true });
    expect(k("+")).toEqual({ kind: "zoomIn" });
    expect(k("x")).toBeNull();
    expect(viewerAction({ key: "s", code: "KeyS", ctrlKey: true, metaKey: false, altKey: false, shiftKey: false })).toBeNull();
  });

  it("orders findings as they are read: page, top to bottom, left to right", () => {
    const order = readingOrder([finding("c", 2, 700, 10), finding("b", 1, 300, 10), finding("a", 1, 700, 200), finding("a0", 1, 700, 50)]);
    expect(order.map((f) => f.id)).toEqual(["a0", "a", "b", "c"]);
  });

  it("steps to the next finding, wrapping, and can skip decided ones", () => {
    const order = [finding("a", 1, 700, 0), finding("b", 1, 600, 0, "not_personal_data"), finding("c", 1, 500, 0)];
    expect(step(order, null, 1)).toBe("a");
    expect(step(order, "a", 1)).toBe("b");
    expect(step(order, "c", 1)).toBe("a");
    expect(step(order, "a", -1)).toBe("c");
    expect(step(order, "a", 1, true)).toBe("c");
    const allDecided = order.map((f) => ({ ...f, verdict: "must_not_publish" as const }));
    expect(step(allDecided, "a", 1, true)).toBe("b");
    expect(step([], null, 1)).toBeNull();
  });

  it("groups by category in the core's order", () => {
    const cats: CategoryInfo[] = [
      { id: "personal_id", label: "Personnummer", severity: "high" },
      { id: "email", label: "E-post", severity: "normal" },
      { id: "name", label: "Namn", severity: "normal" },
    ];
    const g = groupByCategory([finding("n", 1, 1, 1), finding("p", 1, 1, 1, null, "personal_id")], cats);
    expect(g.map((x) => x.info.id)).toEqual(["personal_id", "name"]);
  });

  it("places a box in points on the page in percentages from the top left", () => {
    // A4: 595 × 842 pt; a box 100 pt from the left, its top 142 pt from the top.
    const s = boxStyle([100, 690, 200, 700], 595, 842);
    expect(s).toContain(`left:${((99 / 595) * 100).toFixed(3)}%`);
    expect(s).toContain(`top:${((141 / 842) * 100).toFixed(3)}%`);
    expect(s).toContain(`width:${((102 / 595) * 100).toFixed(3)}%`);
  });
});

import { filterRows, sortRows } from "./inventory";
import type { InventoryRow } from "./bindings";

const row = (path: string, risk: number, high: number, normal: number, categories: InventoryRow["categories"] = []): InventoryRow => ({
  path, sha256: path, pages: 1, pages_without_text: [], error: null, high, normal, categories, worst: [], risk, risk_label: String(risk), verdict: null,
});

describe("inventory table", () => {
  const rows = [row("/p/b.pdf", 1, 0, 3, [["name", 3]]), row("/p/a.pdf", 3, 2, 1, [["personal_id", 2], ["name", 1]]), row("/p/ö.pdf", 0, 0, 0), row("/p/c.pdf", 3, 5, 0, [["health", 5]])];
  it("sorts by risk, riskiest first, then by name", () => {
    expect(sortRows(rows, { key: "risk", descending: true }).map((r) => r.path)).toEqual(["/p/a.pdf", "/p/c.pdf", "/p/b.pdf", "/p/ö.pdf"]);
  });
  it("sorts by name in Swedish order (ö after z)", () => {
    const r = sortRows([...rows, row("/p/z.pdf", 0, 0, 0)], { key: "path", descending: false }).map((x) => x.path);
    expect(r.slice(-2)).toEqual(["/p/z.pdf", "/p/ö.pdf"]);
  });
  it("filters by text, risk and category together", () => {
    expect(filterRows(rows, { text: "", risk: 3, category: null }).length).toBe(2);
    expect(filterRows(rows, { text: "", risk: null, category: "name" }).map((r) => r.path)).toEqual(["/p/b.pdf", "/p/a.pdf"]);
    expect(filterRows(rows, { text: "C.PDF", risk: 3, category: "health" }).map((r) => r.path)).toEqual(["/p/c.pdf"]);
    expect(filterRows(rows, { text: "", risk: 0, category: "health" })).toEqual([]);
  });
});
