import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../utils/consent/rules';

/** The README tells store users which consent managers are answered: it must name every shipped rule. */
describe('README list of consent managers', () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Consent managers it answers'), readme.indexOf('## Permissions'));
  const flat = section.replace(/\s+/g, ' ');
  // Test doubles and the two halves of a framed manager are named by their manager's name.
  const shipped = RULES.filter((r) => !r.id.startsWith('engine-'));

  it.each(shipped.map((r) => [r.id, r.name.replace(/ \((?:message|preferences|ncmp)\)$/, '').replace(/ v[23] \(orestbida\)$/, '')]))('%s: %s', (_id, name) => {
    expect(flat).toContain(name);
  });
});
