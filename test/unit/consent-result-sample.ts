import type { ConsentResult } from '../../utils/consent/result-schema';

/** One answered banner, as the engine reports it: the unit tests' starting point. */
export const SAMPLE_RESULT: ConsentResult = {
  url: 'https://shop.example/',
  frame: 'top',
  manager: { id: 'onetrust', name: 'OneTrust' },
  action: 'rejectAll',
  outcome: 'done',
  reason: null,
  purposes: [{ purpose: 'analytics', wanted: false, stored: false, ok: true }],
  verified: true,
  violation: false,
  ms: 120,
};
