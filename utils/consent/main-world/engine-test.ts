// For the engine's synthetic consent manager (test/fixtures/sites/engine.test/cmp.js).
type EngineCmp = { denyAll?: () => void };

export function engineTestHasApi(): boolean {
  return typeof (window as unknown as { EngineCMP?: EngineCmp }).EngineCMP?.denyAll === 'function';
}

export function engineTestDenyAll(): boolean {
  (window as unknown as { EngineCMP: Required<EngineCmp> }).EngineCMP.denyAll();
  return true;
}
