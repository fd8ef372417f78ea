import { classifyWithConfidence, normalizeLabel, type Classification } from '../classifier';
import type { LayoutProbe } from './layout';
import { ALL_WORDS } from './button-words';

export interface DialogToggle {
  el: HTMLElement;
  /** The category name the toggle sits under ("Statistiques"). */
  label: string;
  /** Locked by the site (necessary categories usually are). */
  locked: boolean;
  /** A master switch ("Alle auswählen"): set through the category toggles, never on its own. */
  master: boolean;
  classification: Classification;
}

const TOGGLE = 'input[type=checkbox], [role=switch], [role=checkbox]';
const HEADING = 'h1, h2, h3, h4, h5, h6, strong, b, legend, summary, dt, [class*="title" i], [class*="name" i], [class*="label" i]';

export function isOn(el: Element): boolean {
  return el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
}

function labelledText(el: HTMLElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (text) return text;
  }
  const labels = el instanceof HTMLInputElement ? Array.from(el.labels ?? []) : [];
  return labels.map((l) => l.textContent ?? '').join(' ').trim();
}

/**
 * The name of the category a toggle sets: its own label, else the heading of the smallest block around it
 * that holds no other toggle (the row "Statistics — [switch] — description…"), else that block's text.
 */
export function toggleLabel(el: HTMLElement, root: Element): string {
  const own = labelledText(el);
  if (own) return own.replace(/\s+/g, ' ');
  let block: Element | null = el.parentElement;
  for (let depth = 0; block && depth < 5 && block !== root.parentElement; depth++, block = block.parentElement) {
    if (block.querySelectorAll(TOGGLE).length > 1) break;
    const heading = Array.from(block.querySelectorAll(HEADING)).find((h) => !h.contains(el) && h.textContent?.trim());
    if (heading) return heading.textContent!.trim().replace(/\s+/g, ' ');
    const text = block.textContent?.trim();
    if (text) return text.replace(/\s+/g, ' ').slice(0, 200);
  }
  return '';
}

/** The category toggles of a settings view, each with the purpose its label names. */
export function dialogToggles(root: Element, probe: LayoutProbe, lang?: string): DialogToggle[] {
  const toggles: DialogToggle[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(TOGGLE)) {
    // Styled switches hide the input itself; what must be visible is its row.
    const row = (el instanceof HTMLInputElement ? el.labels?.[0] : null) ?? el.parentElement ?? el;
    if (!probe.isShown(el) && !probe.isShown(row)) continue;
    const label = toggleLabel(el, root);
    const classification = classifyWithConfidence(label, lang);
    const locked = (el as HTMLInputElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
    const master = classification.target === null && ALL_WORDS.test(normalizeLabel(label));
    toggles.push({ el, label, locked, master, classification });
  }
  return toggles;
}

/** Clicks a toggle until it is in the wanted state (the input, then its label); returns the state it ends in. */
export function setToggle(el: HTMLElement, on: boolean): boolean {
  if (isOn(el) === on) return on;
  el.click();
  if (isOn(el) !== on && el instanceof HTMLInputElement) el.labels?.[0]?.click();
  return isOn(el);
}
