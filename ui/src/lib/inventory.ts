// Sorting and filtering the inventory's table in the window. The rows, their risk and every
// count come from the core; this only orders what is shown.
import type { Category, InventoryRow } from "./bindings";

export type InventorySort = { key: "risk" | "path" | "pages" | "high" | "normal"; descending: boolean };
export type InventoryFilter = { text: string; risk: number | null; category: Category | null };

export function filterRows(rows: InventoryRow[], f: InventoryFilter): InventoryRow[] {
  const t = f.text.trim().toLowerCase();
  return rows.filter((r) =>
    (t === "" || r.path.toLowerCase().includes(t)) &&
    (f.risk === null || r.risk === f.risk) &&
    (f.category === null || r.categories.some(([c]) => c === f.category)));
}

export function sortRows(rows: InventoryRow[], s: InventorySort): InventoryRow[] {
  const sign = s.descending ? -1 : 1;
  const key = (r: InventoryRow) => (s.key === "path" ? r.path : r[s.key]);
  return [...rows].sort((a, b) => {
    const x = key(a), y = key(b);
    const c = typeof x === "string" ? x.localeCompare(y as string, "sv") : (x as number) - (y as number);
    // Ties: the riskier first, then by name, so the order is stable.
    return sign * c || b.risk - a.risk || a.path.localeCompare(b.path, "sv");
  });
}
