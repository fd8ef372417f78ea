import { ENGINE_GLOBAL, type Engine } from '@/utils/consent/engine/contract';
import { createEngine } from '@/utils/consent/engine/frame';

/** Injected by the background into a frame where the content script found a banner (never listed in the manifest). */
export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, Engine | undefined>;
  world[ENGINE_GLOBAL] ??= createEngine(document);
});
