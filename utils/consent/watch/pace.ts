// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/**
 * How long to wait before the watcher's next check: none when the last check is at least `everyMs` old (a
 * calm page's first change is checked on the next frame), otherwise until it is (a busy page pays for one
 * check per `everyMs`, however many frames change meanwhile).
 */
export const delayBeforeCheck = (function delayBeforeCheck(lastCheck: number, now: number, everyMs: number): number {
  return Math.max(0, lastCheck + everyMs - now);
});
