// For the engine's synthetic consent manager (test/fixtures/sites/engine.test/cmp.js).
type EngineCmp = { denyAll?: () => void };

/** false without the API: the rule tests for it with this one call. */
export function engineTestDenyAll(): boolean {
  const cmp = (window as unknown as { EngineCMP?: EngineCmp }).EngineCMP;
  if (typeof cmp?.denyAll !== 'function') return false;
  cmp.denyAll();
  return true;
}
