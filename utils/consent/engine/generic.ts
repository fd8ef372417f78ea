import { PURPOSES, type PurposeChoices } from '../../settings/purpose-list';
import { findConsentDialog, planGenericAnswer, runGenericAnswer } from '../generic';
import type { ConsentResult } from '../result-schema';
import { until } from './dom';

const ACTIONS = { reject: 'rejectAll', refuse: 'rejectAll', accept: 'acceptAll', settings: 'custom', none: null } as const;

/**
 * A consent dialog no rule knows (utils/consent/generic: detection, plan, execution), reported like a rule's.
 * Nothing can be read back from an unknown manager: `stored` is what the dialog was given, never `verified`.
 */
export async function runGeneric(doc: Document, choices: PurposeChoices, now: () => number): Promise<ConsentResult | null> {
  const dialog = await until(() => findConsentDialog(doc), 2_000, { everyMs: 100, fastStart: false });
  if (!dialog) return null;
  const plan = planGenericAnswer(dialog, choices);
  const run = await runGenericAnswer(dialog, plan);
  const purposes = PURPOSES.filter((p) => run.purposes[p] !== undefined).map((purpose) => {
    const given = run.purposes[purpose]!;
    return { purpose, wanted: choices[purpose], stored: given, ok: given === choices[purpose] };
  });
  const done = run.done && run.dialogGone;
  return {
    url: doc.location.href,
    frame: doc.defaultView === doc.defaultView?.top ? 'top' : 'sub',
    manager: { id: 'generic', name: 'generic' },
    action: ACTIONS[plan.action],
    outcome: plan.action === 'none' ? 'refused' : done ? 'done' : 'failed',
    reason: plan.action === 'none' || plan.action === 'refuse' ? plan.why : done ? null : 'dialog still showing',
    purposes,
    verified: false,
    violation: purposes.some((p) => !p.wanted && p.stored),
    ms: Math.round(now()),
  };
}
