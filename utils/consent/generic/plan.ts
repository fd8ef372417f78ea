import type { Purpose, PurposeChoices } from '../../settings/purposes';
import { CONFIDENT } from '../classifier';
import { dialogButtons, firstOfKind, type DialogButton } from './buttons';
import { domLayout, type LayoutProbe } from './layout';
import { langOf } from './text';
import { dialogToggles, type DialogToggle } from './toggles';

/**
 * What to do with an unknown consent dialog:
 * - `reject`: the person denies everything → click "reject all" / "continue without accepting" / "only necessary";
 * - `refuse`: choices are mixed and the dialog cannot take them per purpose (or its toggles cannot be read
 *   with confidence) → refuse all, with that same kind of button;
 * - `accept`: the person allows every purpose → click "accept all";
 * - `settings`: set each category toggle from the choices, then save (`open` is the button that shows the
 *   toggles, null when they are already shown);
 * - `none`: nothing safe to click; leave the dialog to the person.
 */
export type GenericPlan = { choices: PurposeChoices; why: string } & (
  | { action: 'reject' | 'refuse' | 'accept'; button: HTMLElement; label: string }
  | { action: 'settings'; open: HTMLElement | null; label: string; fallback: HTMLElement | null }
  | { action: 'none' }
);

export interface PlanOptions {
  probe?: LayoutProbe;
}

// Purposes are read from the choices' keys: importing PURPOSES would pull zod into the content script.
export const purposesOf = (choices: PurposeChoices) => Object.keys(choices) as Purpose[];
const allAre = (choices: PurposeChoices, value: boolean) => purposesOf(choices).every((p) => choices[p] === value);

export function planGenericAnswer(dialog: Element, choices: PurposeChoices, opts: PlanOptions = {}): GenericPlan {
  const probe = opts.probe ?? domLayout;
  const buttons = dialogButtons(dialog, probe);
  const reject = firstOfKind(buttons, 'reject');
  const settings = firstOfKind(buttons, 'settings');
  const toggles = dialogToggles(dialog, probe, langOf(dialog)).filter((t) => !t.locked && !t.master);
  const acceptAll = firstOfKind(buttons, 'acceptAll', 'accept');
  const click = (action: 'reject' | 'refuse' | 'accept', button: DialogButton, why: string): GenericPlan => ({ action, button: button.el, label: button.label, choices, why });

  if (allAre(choices, true)) {
    // Accept only when nothing is denied; an "OK" on a notice with toggles would keep whatever is ticked.
    if (acceptAll && (acceptAll.kind === 'acceptAll' || toggles.length === 0)) return click('accept', acceptAll, 'every purpose is allowed');
  } else if (allAre(choices, false)) {
    if (reject) return click('reject', reject, 'every purpose is denied');
  } else if (toggles.length === 0 && !settings) {
    if (reject) return click('refuse', reject, 'mixed choices on an all-or-nothing dialog');
    return { action: 'none', choices, why: 'mixed choices and no way to refuse' };
  }
  if (toggles.length > 0 || settings) {
    return {
      action: 'settings',
      open: toggles.length > 0 ? null : settings!.el,
      label: toggles.length > 0 ? '' : settings!.label,
      choices,
      fallback: reject?.el ?? null,
      why: allAre(choices, false) ? 'no reject button: every toggle off' : 'per-purpose choices through the settings',
    };
  }
  return { action: 'none', choices, why: allAre(choices, true) ? 'no accept button' : 'no reject button and no settings' };
}

/** The state each toggle must end in, or null when the dialog must be refused as a whole. */
export function wantedStates(toggles: DialogToggle[], choices: PurposeChoices): { toggle: DialogToggle; on: boolean }[] | null {
  const deniesSomething = purposesOf(choices).some((p) => !choices[p]);
  const plan: { toggle: DialogToggle; on: boolean }[] = [];
  for (const toggle of toggles) {
    if (toggle.locked || toggle.master) continue;
    const { targets, confidence } = toggle.classification;
    if (targets.length === 0 || confidence < CONFIDENT) {
      if (deniesSomething) return null;
      plan.push({ toggle, on: true });
      continue;
    }
    const optional = targets.filter((t): t is Purpose => t !== 'necessary');
    if (optional.length === 0) continue; // a necessary category the site left switchable: leave as it is
    plan.push({ toggle, on: optional.every((p) => choices[p]) });
  }
  return plan;
}
