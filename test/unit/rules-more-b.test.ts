import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { tcfCategories } from '../../utils/consent/readers';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import { TCF_PURPOSE_CATEGORIES, TCF_PURPOSE_NAMES } from '../../utils/consent/tcf-purposes';
import quantcast from '../../utils/consent/rules/quantcast';
import fundingChoices from '../../utils/consent/rules/tcf';
import consentmanager from '../../utils/consent/rules/consentmanager';
import consentmanagerNcmp from '../../utils/consent/rules/consentmanager-ncmp';
import sirdata from '../../utils/consent/rules/sirdata';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

const SITES = path.resolve(import.meta.dirname, '../fixtures/sites');
const NONE = allPurposes(false);
const ALL = allPurposes(true);
const ANALYTICS_ONLY: PurposeChoices = { ...NONE, analytics: true };
const TCF_RULES: Rule[] = [quantcast, fundingChoices, consentmanager, consentmanagerNcmp, sirdata];

/** A TC string as a manager would store it, from the fixture's real vendor list. */
function tcString(consents: number[], legitimateInterests: number[]): string {
  const gvl = new GVL(JSON.parse(fs.readFileSync(path.join(SITES, 'quantcast.example.co.uk/cmp/vendor-list.json'), 'utf8')));
  const model = new TCModel(gvl);
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.purposeConsents.set(consents);
  model.purposeLegitimateInterests.set(legitimateInterests);
  return TCString.encode(model);
}

describe('TCF purposes shared by the TCF managers’ rules', () => {
  it('name the purposes as the IAB vendor list does, and map a name where its id maps', () => {
    const gvl = JSON.parse(fs.readFileSync(path.join(SITES, 'quantcast.example.co.uk/cmp/vendor-list.json'), 'utf8')) as {
      purposes: Record<string, { name: string }>;
    };
    for (const [id, name] of Object.entries(TCF_PURPOSE_NAMES)) {
      expect(gvl.purposes[id]?.name).toBe(name);
      expect(TCF_PURPOSE_CATEGORIES[name]).toBe(TCF_PURPOSE_CATEGORIES[id]);
    }
  });
});

describe.each(TCF_RULES.map((r) => [r.id, r] as const))('%s rule', (_, rule) => {
  it('is a valid rule, verified by the TC string, with one `present` element per banner', () => {
    const parsed = RuleSchema.parse(rule);
    expect(parsed.stored?.reader).toBe('tcf');
    expect(parsed.detect.present).toHaveLength(1);
  });

  it('answers all-denied by rejectAll, all-allowed by acceptAll, mixed by its per-purpose steps', () => {
    expect(decide(rule, NONE)).toEqual({ action: 'rejectAll' });
    expect(decide(rule, ALL)).toEqual({ action: 'acceptAll' });
    expect(decide(rule, ANALYTICS_ONLY)).toEqual({ action: 'custom' });
  });

  it('counts a legitimate-interest signal left on a denied purpose as a violation', () => {
    // What "Disagree" stores in Choice and Funding Choices: no consent, legitimate interest kept.
    const disagree = tcfCategories(tcString([], [2, 7, 8, 9, 10, 11]));
    expect(verify(rule, NONE, disagree)).toMatchObject({ verified: false, violation: true });
    const objected = tcfCategories(tcString([], []));
    expect(verify(rule, NONE, objected)).toMatchObject({ verified: true, violation: false });
  });

  it('verifies a mixed answer: consent and legitimate interest only for the allowed purposes', () => {
    const stored = tcfCategories(tcString([1, 8, 9], [8, 9]));
    expect(verify(rule, ANALYTICS_ONLY, stored)).toMatchObject({ verified: true, violation: false });
    const leaked = tcfCategories(tcString([1, 8, 9], [2, 8, 9]));
    expect(verify(rule, ANALYTICS_ONLY, leaked)).toMatchObject({ violation: true });
  });
});
