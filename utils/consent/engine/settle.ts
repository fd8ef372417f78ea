import type { Step } from '../rule-schema';

/**
 * An action's trailing `waitGone` steps only wait for the manager to close its banner (often a fade-out of a
 * few hundred milliseconds) after the answer was given: the engine reads the stored answer back meanwhile.
 */
export function splitTrailingWaits(steps: readonly Step[]): { act: Step[]; settle: Step[] } {
  let cut = steps.length;
  while (cut > 0 && 'waitGone' in steps[cut - 1]!) cut--;
  return { act: steps.slice(0, cut), settle: steps.slice(cut) };
}
