// Keyboard shortcuts, shown in the window's labels.
export type Action = "save" | "newCase" | "newDocument" | "search" | "review" | "cancel";

export const shortcutLabels: Record<Action, string> = {
  save: "Ctrl+S", newCase: "Ctrl+N", newDocument: "Ctrl+D", search: "Ctrl+F", review: "Ctrl+G", cancel: "Esc",
};

export function actionFor(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): Action | null {
  if (e.key === "Escape" && !e.ctrlKey && !e.altKey) return "cancel";
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  switch (e.key.toLowerCase()) {
    case "s": return "save";
    case "n": return "newCase";
    case "d": return "newDocument";
    case "f": return "search";
    case "g": return "review";
    default: return null;
  }
}
