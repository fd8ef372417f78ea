import { cookieconsent2Consents, cookieconsent2Save } from '../main-world/cookieconsent-orestbida';
import { osanoCookieconsentStatus } from '../main-world/osano-cookieconsent';

/**
 * Main-world functions that touch only the DOM and the page's cookies, which the isolated world sees as
 * well: the engine runs them where it is, saving a round trip through the background (tens of ms, more on
 * a loaded machine) per call and per read of the stored answer.
 */
export const ISOLATED_CALLS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  cookieconsent2Consents,
  cookieconsent2Save,
  osanoCookieconsentStatus,
};
