/**
 * The rules that apply in a document at `url`: every rule without a frameUrl, and the frame rules whose
 * frameUrl matches. The prehide, the watcher and the frame check each ask at start in every frame; the
 * answer is computed once per table and URL; a frame rule's expression is compiled only where the URL has its
 * hint (compiling them in every frame cost ~0.3 ms).
 */
let last: { table: readonly unknown[]; url: string; entries: readonly unknown[] } | null = null;

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
export const entriesAt = (function entriesAt<T extends { frameUrl?: string; frameHint?: string }>(table: readonly T[], url: string): T[] {
  if (last && last.table === table && last.url === url) return last.entries as T[];
  const entries = table.filter((e) => !e.frameUrl || (url.includes(e.frameHint ?? '') && new RegExp(e.frameUrl).test(url)));
  last = { table, url, entries };
  return entries;
});
