import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DraftSaver, draftKey } from "./drafts";
import { emptyCase, emptyDocument, fromCase, fromDocument, toCase, toDocument, withEdited, formatSize } from "./form";
import { actionFor } from "./shortcuts";

const setup = { today: "2026-11-22", config: { series: [], case_types: ["Allmänt ärende"], document_types: ["Skrivelse"], units: [], osl: [] } };

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
