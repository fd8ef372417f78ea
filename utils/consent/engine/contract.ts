import type { PurposeChoices } from '../../settings/purposes';
import type { ConsentResult } from '../result-schema';

/**
 * How the content script hands a found banner to the engine. The engine bundle is injected into the same
 * frame and the same isolated world as the content script (scripting.executeScript({ files })), and puts
 * its entry point on that world's global object, which the page cannot see.
 */
export const ENGINE_GLOBAL = '__consentKeeperEngine';

export interface EngineRequest {
  /** A rule id, or `generic` for a dialog found by the generic detector. */
  ruleId: string;
  element: Element;
  choices: PurposeChoices;
}

export interface Engine {
  /** null: nothing to do (the manager shows no banner). */
  run(request: EngineRequest): Promise<ConsentResult | null>;
}
