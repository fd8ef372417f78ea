/** CPU profiles (CDP Profiler.stop) reduced to one script's own main-thread time, in all and per function. */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface OwnTime {
  /** Milliseconds of samples whose nearest JavaScript frame is in a script matching the URL test. */
  ms: number;
  /** The same time split by that nearest frame (`name line:column`), largest first. */
  byFunction: [string, number][];
}

/**
 * Native frames (querySelector, textContent, "(garbage collector)" inside a call…) have no URL: they count for
 * their nearest caller with one. Samples in page scripts, or idle, count for nobody.
 */
export function ownTime(profile: CpuProfile, isOurs: (url: string) => boolean): OwnTime {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  /** The nearest node with a URL, walking up (memoized), or null. */
  const owner = new Map<number, ProfileNode | null>();
  const ownerOf = (id: number): ProfileNode | null => {
    if (owner.has(id)) return owner.get(id)!;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const value = node.callFrame.url ? node : up === undefined ? null : ownerOf(up);
    owner.set(id, value);
    return value;
  };
  const by = new Map<string, number>();
  let micros = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const node = ownerOf(id);
    if (!node || !isOurs(node.callFrame.url)) return;
    const dt = profile.timeDeltas?.[i] ?? 0;
    micros += dt;
    const { functionName, lineNumber, columnNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${lineNumber + 1}:${columnNumber + 1}`;
    by.set(key, (by.get(key) ?? 0) + dt);
  });
  return {
    ms: micros / 1000,
    byFunction: [...by].map(([k, v]) => [k, v / 1000] as [string, number]).sort((a, b) => b[1] - a[1]),
  };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};

/** `min–max`, rounded: how far apart the runs were. */
export const spread = (xs: readonly number[]): string =>
  xs.length ? `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}` : '—';
