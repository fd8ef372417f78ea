/** Scores analyzePolicy against written-down answers (test/fixtures/policies/corpus/answers.json): per-field accuracy. */
import type { PolicyAnalysis, PolicyRight } from './types';

export interface ExpectedAnswer {
  contact: string | null;
  postalAddress?: boolean;
  webForm?: boolean;
  language: string;
  country: string | null;
  company: string | null;
  rights: PolicyRight[];
  authority: string | null;
  sharesWithPartners: boolean;
}

export const FIELDS = ['contact', 'language', 'country', 'company', 'rights', 'authority', 'sharesWithPartners'] as const;
export type Field = (typeof FIELDS)[number];

const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function fieldResults(got: PolicyAnalysis, want: ExpectedAnswer): Record<Field, boolean> {
  const company =
    want.company === null
      ? got.company === null
      : got.company !== null && (loose(got.company).includes(loose(want.company)) || loose(want.company).includes(loose(got.company)));
  return {
    contact: got.contact === want.contact && (want.contact !== null || !want.postalAddress || got.postalAddress !== null),
    language: got.language === want.language,
    country: got.country === want.country,
    company,
    rights: [...got.rights].sort().join() === [...want.rights].sort().join(),
    authority: (got.authority?.country ?? null) === want.authority,
    sharesWithPartners: got.sharesWithPartners === want.sharesWithPartners,
  };
}
