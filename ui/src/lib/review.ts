// The review viewer's presentation helpers: keyboard, grouping, geometry. No rule lives here:
// what a decision means and when the box may be set is decided by the core (the gate).
import type { Category, CategoryInfo, ReviewFinding, Verdict } from "./bindings";

export type ViewerAction =
  | { kind: "next" } | { kind: "previous" }
  | { kind: "nextPage" } | { kind: "previousPage" }
  | { kind: "decide"; verdict: Verdict; bulk: boolean }
  | { kind: "zoomIn" } | { kind: "zoomOut" } | { kind: "zoomReset" };

export const verdictLabel: Record<Verdict, string> = {
  not_personal_data: "Inte en personuppgift",
  may_publish: "Får publiceras",
  must_not_publish: "Får inte publiceras",
};

export const verdictKeys: [Verdict, string][] = [["not_personal_data", "1"], ["may_publish", "2"], ["must_not_publish", "3"]];

/** The viewer's keys: n/p (or j/k) between findings, 1–3 decide (Shift: the whole category), +/−/0 zoom, PgUp/PgDn pages. */
export function viewerAction(e: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): ViewerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const digit = /^Digit([1-3])$/.exec(e.code)?.[1] ?? (/^[1-3]$/.test(e.key) ? e.key : null);
  if (digit) return { kind: "decide", verdict: verdictKeys[Number(digit) - 1][0], bulk: e.shiftKey };
  switch (e.key) {
    case "n": case "j": case "ArrowDown": return { kind: "next" };
    case "p": case "k": case "ArrowUp": return { kind: "previous" };
    case "PageDown": return { kind: "nextPage" };
    case "PageUp": return { kind: "previousPage" };
    case "+": case "=": return { kind: "zoomIn" };
    case "-": return { kind: "zoomOut" };
    case "0": return { kind: "zoomReset" };
    default: return null;
  }
}

/** Findings grouped by category, in the core's order of categories (most serious first). */
export function groupByCategory(findings: ReviewFinding[], categories: CategoryInfo[]): { info: CategoryInfo; findings: ReviewFinding[] }[] {
  return categories
    .map((info) => ({ info, findings: findings.filter((f) => f.category === info.id) }))
    .filter((g) => g.findings.length > 0);
}

/** Reading order: page, then top to bottom, then left to right. */
export function readingOrder(findings: ReviewFinding[]): ReviewFinding[] {
  const top = (f: ReviewFinding) => (f.boxes[0] ? -f.boxes[0][3] : 0);
  const left = (f: ReviewFinding) => (f.boxes[0] ? f.boxes[0][0] : 0);
  return [...findings].sort((a, b) => a.page - b.page || top(a) - top(b) || left(a) - left(b));
}

/** The next finding after `current` (wrapping); with `undecidedFirst`, the next one without a decision if any. */
export function step(order: ReviewFinding[], current: string | null, dir: 1 | -1, undecidedFirst = false): string | null {
  if (order.length === 0) return null;
  const i = current === null ? (dir === 1 ? -1 : order.length) : order.findIndex((f) => f.id === current);
  for (let k = 1; k <= order.length; k++) {
    const f = order[(((i + dir * k) % order.length) + order.length) % order.length];
    if (!undecidedFirst || f.verdict === null) return f.id;
  }
  return undecidedFirst ? step(order, current, dir, false) : null;
}

/** A box in PDF points (origin bottom-left) as CSS percentages of the page (origin top-left). */
export function boxStyle(b: [number, number, number, number], pageWidth: number, pageHeight: number): string {
  const pct = (v: number) => `${(v * 100).toFixed(3)}%`;
  const pad = 1; // a point of air around the text
  return `left:${pct((b[0] - pad) / pageWidth)};top:${pct((pageHeight - b[3] - pad) / pageHeight)};` +
    `width:${pct((b[2] - b[0] + 2 * pad) / pageWidth)};height:${pct((b[3] - b[1] + 2 * pad) / pageHeight)}`;
}

export const categoryLabel = (categories: CategoryInfo[], c: Category) => categories.find((x) => x.id === c)?.label ?? c;
