/**
 * Main-thread CPU time from a Chromium trace (devtools.timeline events carry `tdur`, the thread's CPU time):
 * unlike wall-clock figures (ScriptDuration, the sampling profiler), time the thread spent waiting for a
 * core on a loaded machine is not counted.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Events that run script; nested ones (a FunctionCall inside TimerFire) count once, for the outer one. */
const SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch', 'FireIdleCallback', 'V8.Execute']);

export interface ScriptCpu {
  /** All script on the page's main thread, ms of CPU. */
  all: number;
  /** Of which: calls into scripts whose URL matches (the content script), ms of CPU. */
  ours: number;
}

/** Sums the top-level script events of the thread that ran `pageUrl`'s own scripts. */
export function scriptCpu(events: readonly TraceEvent[], pageUrl: string, isOurs: (url: string) => boolean): ScriptCpu {
  const main = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith(pageUrl));
  if (!main) return { all: NaN, ours: NaN };
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let all = 0;
  let ours = 0;
  let allEnd = -Infinity;
  let oursEnd = -Infinity;
  for (const e of thread) {
    const end = e.ts + (e.dur ?? 0);
    if (SCRIPT.has(e.name) && e.ts >= allEnd) {
      all += e.tdur!;
      allEnd = end;
    }
    const url = e.args?.data?.url;
    if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && url && isOurs(url) && e.ts >= oursEnd) {
      ours += e.tdur!;
      oursEnd = end;
    }
  }
  return { all: all / 1000, ours: ours / 1000 };
}
