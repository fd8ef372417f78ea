import type { Purpose, PurposeChoices } from '../../settings/purposes';
import type { Rule } from '../rule-schema';
import type { StoredCategories } from './decode';
import { coveredPurposes, targetOf, type Classify } from './wanted';

export interface PurposeCheck {
  purpose: Purpose;
  wanted: boolean;
  /** What the manager stored for the categories of this purpose (granted if any is); null if it says nothing. */
  stored: boolean | null;
  ok: boolean | null;
}

export interface Verification {
  purposes: PurposeCheck[];
  /** Stored was read and every purpose it speaks of matches the choices. */
  verified: boolean;
  /** A purpose the person denied is granted in what the manager stored. */
  violation: boolean;
}

/**
 * Compares, per purpose, what the manager stored with the person's choices. Stored keys the rule does not
 * know (timestamps, versions) are ignored, except in `classify` rules where the labels seen on the banner
 * and the classifier name them. `li:N` (a TCF legitimate-interest signal) counts for category N.
 */
export function verify(
  rule: Pick<Rule, 'categories'>,
  choices: PurposeChoices,
  stored: StoredCategories | null,
  labels: Record<string, string> = {},
  classify?: Classify,
): Verification {
  const grantedBy = new Map<Purpose, boolean>();
  for (const [key, granted] of Object.entries(stored ?? {})) {
    const category = key.replace(/^li:/, '');
    const known =
      rule.categories === 'classify' ? category in labels || classify?.(category) != null : category in rule.categories;
    if (!known) continue;
    const target = targetOf(rule, category, labels[category] ?? null, classify);
    if (target === 'necessary') continue;
    grantedBy.set(target, (grantedBy.get(target) ?? false) || granted);
  }
  const purposes = coveredPurposes(rule)
    .filter((p) => rule.categories !== 'classify' || grantedBy.has(p))
    .map((purpose): PurposeCheck => {
      const s = grantedBy.get(purpose);
      const wanted = choices[purpose];
      return { purpose, wanted, stored: s ?? null, ok: s === undefined ? null : s === wanted };
    });
  return {
    purposes,
    verified: stored !== null && purposes.length > 0 && purposes.every((p) => p.ok !== false),
    violation: purposes.some((p) => !p.wanted && p.stored === true),
  };
}
