import type { Rule } from '../rule-types';

/** Every rule file in this folder: adding a consent manager is adding one file here. */
const modules = import.meta.glob<{ default: Rule }>(['./*.ts', '!./index.ts'], { eager: true });

export const RULES: readonly Rule[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.id.localeCompare(b.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
