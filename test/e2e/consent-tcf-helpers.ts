import { expect } from 'vitest';
import { TCString } from '@iabtechlabtcf/core';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';

/**
 * What a TCF manager stored, checked per purpose against the person's choices, independently of the rules'
 * own map: the IAB purposes → ours, and those a CMP may claim under legitimate interest (TCF policy v2.2).
 */
const TCF_PURPOSES: Record<number, PurposeOrNecessary> = {
  1: 'necessary', 2: 'advertising', 3: 'advertising', 4: 'advertising', 5: 'personalization', 6: 'personalization',
  7: 'advertising', 8: 'analytics', 9: 'analytics', 10: 'other', 11: 'personalization',
};
const LI_ELIGIBLE = new Set([2, 7, 8, 9, 10, 11]);

/**
 * Consent exactly as chosen (purpose 1, device storage, iff anything is allowed); legitimate interest never
 * on a denied purpose (objected to). With `liOnAllowed`, also on for every allowed purpose that can have it
 * (a manager that keeps LI where the person did not object).
 */
export function expectTcf(tc: string, choices: PurposeChoices, { liOnAllowed = false } = {}): void {
  const model = TCString.decode(tc);
  for (const [id, purpose] of Object.entries(TCF_PURPOSES)) {
    const n = Number(id);
    const wanted = purpose === 'necessary' ? Object.values(choices).some(Boolean) : choices[purpose];
    expect(model.purposeConsents.has(n), `purpose ${id} consent`).toBe(wanted);
    const li = model.purposeLegitimateInterests.has(n);
    if (!wanted) expect(li, `purpose ${id} legitimate interest (denied: objected)`).toBe(false);
    else if (liOnAllowed && purpose !== 'necessary') expect(li, `purpose ${id} legitimate interest (allowed)`).toBe(LI_ELIGIBLE.has(n));
  }
}
