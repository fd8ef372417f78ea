import type { Purpose } from '../../settings/purposes';
import { dialogButtons, firstOfKind } from './buttons';
import { findConsentDialog } from './detect';
import { domLayout, type LayoutProbe } from './layout';
import { purposesOf, wantedStates, type GenericPlan } from './plan';
import { langOf } from './text';
import { dialogToggles, isOn, setToggle } from './toggles';

export interface ToggleOutcome {
  label: string;
  targets: string[];
  confidence: number;
  wanted: boolean;
  /** The state it ended in (after the click). */
  on: boolean;
}

export interface GenericResult {
  action: GenericPlan['action'];
  /** True when the final button (reject, accept or save) was clicked. */
  done: boolean;
  /** Labels of the buttons clicked, in order. */
  clicked: string[];
  toggles: ToggleOutcome[];
  /** What each purpose was given, as far as we know: reject/refuse → all false, accept → all true, settings → from the toggles. */
  purposes: Partial<Record<Purpose, boolean>>;
  /** The dialog is no longer shown a moment after the final click. */
  dialogGone: boolean;
  why: string;
}

export interface RunOptions {
  probe?: LayoutProbe;
  /** How long to wait for the settings view to show its toggles (ms). */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(fn: () => T | null | undefined, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() >= deadline) return null;
    await sleep(50);
  }
}


/**
 * Carries out a plan from planGenericAnswer, clicking only inside `dialog` or the settings view it opens
 * (which must itself be a consent dialog), never a link that leaves the page, never "accept all" unless
 * the plan is `accept`.
 */
export async function runGenericAnswer(dialog: Element, plan: GenericPlan, opts: RunOptions = {}): Promise<GenericResult> {
  const probe = opts.probe ?? domLayout;
  const timeoutMs = opts.timeoutMs ?? 2000;
  const every = (value: boolean) => Object.fromEntries(purposesOf(plan.choices).map((p) => [p, value])) as Record<Purpose, boolean>;
  const result: GenericResult = { action: plan.action, done: false, clicked: [], toggles: [], purposes: {}, dialogGone: false, why: plan.why };
  const press = (el: HTMLElement, label: string) => {
    el.click();
    result.clicked.push(label);
  };
  const finish = async (root: Element) => {
    result.done = true;
    // Some dialogs fade out: give them a moment before saying whether they went.
    result.dialogGone = Boolean(await waitFor(() => !root.isConnected || !probe.isShown(root), 600));
    return result;
  };

  if (plan.action === 'none') return result;
  if (plan.action !== 'settings') {
    press(plan.button, plan.label);
    result.purposes = every(plan.action === 'accept');
    return finish(dialog);
  }

  // Settings: the toggles show in this dialog, or in a consent dialog the settings button opens.
  if (plan.open) press(plan.open, plan.label);
  const doc = dialog.ownerDocument;
  const viewWithToggles = (): Element | null => {
    if (dialog.isConnected && dialogToggles(dialog, probe).length > 0) return dialog;
    const other = findConsentDialog(doc, { probe });
    return other && dialogToggles(other, probe).length > 0 ? other : null;
  };
  const view = await waitFor(viewWithToggles, timeoutMs);
  const refuseWith = (root: Element | null) => (root ? firstOfKind(dialogButtons(root, probe), 'reject') : undefined);
  if (!view) {
    const fallback = plan.fallback && plan.fallback.isConnected && probe.isShown(plan.fallback) ? plan.fallback : null;
    if (fallback && purposesOf(plan.choices).some((p) => !plan.choices[p])) {
      press(fallback, (fallback.textContent ?? '').trim());
      result.action = 'refuse';
      result.purposes = every(false);
      result.why = 'the settings view did not show toggles: refused all';
      return finish(dialog);
    }
    result.why = 'the settings view did not show toggles';
    return result;
  }

  const toggles = dialogToggles(view, probe, langOf(view));
  const wanted = wantedStates(toggles, plan.choices);
  const buttons = dialogButtons(view, probe);
  if (!wanted) {
    // A toggle we cannot name while the person denies something: refuse everything.
    result.action = 'refuse';
    result.why = 'a toggle could not be classified with confidence: refused all';
    result.purposes = every(false);
    const reject = refuseWith(view);
    if (reject) {
      press(reject.el, reject.label);
      return finish(view);
    }
    for (const t of toggles) if (!t.locked) setToggle(t.el, false);
    if (toggles.some((t) => !t.locked && isOn(t.el))) return { ...result, why: result.why + ' — a toggle stayed on, nothing saved' };
  } else {
    for (const { toggle, on } of wanted) {
      const state = setToggle(toggle.el, on);
      result.toggles.push({ label: toggle.label, targets: toggle.classification.targets, confidence: toggle.classification.confidence, wanted: on, on: state });
      for (const t of toggle.classification.targets) if (t !== 'necessary') result.purposes[t] = (result.purposes[t] ?? true) && state;
    }
    if (result.toggles.some((t) => t.on !== t.wanted)) {
      result.why = 'a toggle did not take the wanted state: nothing saved';
      return result;
    }
  }
  // Save is looked up after the toggles changed (some dialogs enable it only then); never "accept all" here.
  const save = firstOfKind(dialogButtons(view, probe), 'save') ?? firstOfKind(buttons, 'save');
  if (!save) {
    result.why += ' — no save button';
    return result;
  }
  press(save.el, save.label);
  return finish(view);
}
