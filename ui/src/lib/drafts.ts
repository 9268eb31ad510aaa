// Saves what is typed, a moment after the last keystroke, so a crash or a closed window loses nothing.

export type DraftSink = (key: string, body: string) => Promise<void>;

export function draftKey(kind: "case" | "document", number: string | null, caseNumber?: string | null): string {
  if (kind === "case") return `case:${number ?? "new"}`;
  return `document:${caseNumber ?? "new"}:${number ?? "new"}`;
}

export class DraftSaver {
  private pending = new Map<string, string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  constructor(private sink: DraftSink, private delayMs = 250) {}

  /** Queues `value` under `key`; a later value for the same key replaces it. */
  schedule(key: string, value: unknown): void {
    this.pending.set(key, JSON.stringify(value));
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes everything queued now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = [...this.pending];
    this.pending.clear();
    for (const [k, v] of items) await this.sink(k, v);
  }

  /** Forgets a queued draft (after its form was saved). */
  cancel(key: string): void {
    this.pending.delete(key);
  }
}
