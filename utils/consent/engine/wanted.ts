import { PURPOSES, type Purpose, type PurposeChoices, type PurposeOrNecessary } from '../../settings/purpose-list';
import type { Rule } from '../rule-schema';

/** classifier.ts's signature: a label the site shows → our purpose, `necessary`, or null when unsure. */
export type Classify = (text: string, lang?: string) => PurposeOrNecessary | null;

/** The purpose a manager's category stands for: the rule's map, else the classifier, else `other`. */
export function targetOf(rule: Pick<Rule, 'categories'>, category: string, label: string | null, classify?: Classify): PurposeOrNecessary {
  if (rule.categories !== 'classify') {
    const mapped = rule.categories[category];
    if (mapped) return mapped;
  }
  return classify?.(label ?? category) ?? classify?.(category) ?? 'other';
}

export function wantedValue(target: PurposeOrNecessary, choices: PurposeChoices): boolean {
  return target === 'necessary' ? true : choices[target];
}

/** The purposes a rule's fixed category map covers (all of ours when the site names its categories). */
export function coveredPurposes(rule: Pick<Rule, 'categories'>): Purpose[] {
  if (rule.categories === 'classify') return [...PURPOSES];
  const targets = new Set(Object.values(rule.categories));
  return PURPOSES.filter((p) => targets.has(p));
}

export type Decision =
  | { action: 'rejectAll' | 'acceptAll' | 'custom' }
  | { refuse: 'mixed-without-custom' | 'no-steps' };

/**
 * Which of the rule's answers gives exactly the person's choices for the purposes the banner covers:
 * all denied → rejectAll, all allowed → acceptAll, else custom. Never accept to save effort: mixed choices
 * with no custom steps are refused and the banner is left to the person.
 */
export function decide(rule: Pick<Rule, 'categories' | 'actions'>, choices: PurposeChoices): Decision {
  const values = coveredPurposes(rule).map((p) => choices[p]);
  const all = values.every(Boolean);
  const none = !values.some(Boolean);
  const { rejectAll, acceptAll, custom } = rule.actions;
  if (none && rejectAll) return { action: 'rejectAll' };
  if (all && acceptAll) return { action: 'acceptAll' };
  if (custom) return { action: 'custom' };
  if (!none && !all) return { refuse: 'mixed-without-custom' };
  return { refuse: 'no-steps' };
}
