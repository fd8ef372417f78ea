/**
 * The rules that apply in a document at `url`: every rule without a frameUrl, and the frame rules whose
 * frameUrl matches. The prehide, the watcher and the frame check each ask at start in every frame; the
 * answer is computed once per table and URL (compiling the frame rules' expressions is the cost).
 */
let last: { table: readonly unknown[]; url: string; entries: readonly unknown[] } | null = null;

export function entriesAt<T extends { frameUrl?: string }>(table: readonly T[], url: string): T[] {
  if (last && last.table === table && last.url === url) return last.entries as T[];
  const entries = table.filter((e) => !e.frameUrl || new RegExp(e.frameUrl).test(url));
  last = { table, url, entries };
  return entries;
}
