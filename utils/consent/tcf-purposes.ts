import type { Rule } from './rule-schema';

/**
 * The IAB TCF v2.2 purposes → our purposes, for every TCF manager's rule: by id (what the TC string and
 * `data-id` switches carry) and by the English name (managers whose switches carry only the name).
 */
const BY_ID = {
  '1': 'necessary', // Store and/or access information on a device: needed by every other purpose
  '2': 'advertising', // Use limited data to select advertising
  '3': 'advertising', // Create profiles for personalised advertising
  '4': 'advertising', // Use profiles to select personalised advertising
  '5': 'personalization', // Create profiles to personalise content
  '6': 'personalization', // Use profiles to select personalised content
  '7': 'advertising', // Measure advertising performance
  '8': 'analytics', // Measure content performance
  '9': 'analytics', // Understand audiences through statistics…
  '10': 'other', // Develop and improve services
  '11': 'personalization', // Use limited data to select content
} as const;

export const TCF_PURPOSE_NAMES: Record<keyof typeof BY_ID, string> = {
  '1': 'Store and/or access information on a device',
  '2': 'Use limited data to select advertising',
  '3': 'Create profiles for personalised advertising',
  '4': 'Use profiles to select personalised advertising',
  '5': 'Create profiles to personalise content',
  '6': 'Use profiles to select personalised content',
  '7': 'Measure advertising performance',
  '8': 'Measure content performance',
  '9': 'Understand audiences through statistics or combinations of data from different sources',
  '10': 'Develop and improve services',
  '11': 'Use limited data to select content',
};

export const TCF_PURPOSE_CATEGORIES: Exclude<Rule['categories'], 'classify'> = {
  ...BY_ID,
  ...Object.fromEntries(Object.entries(TCF_PURPOSE_NAMES).map(([id, name]) => [name, BY_ID[id as keyof typeof BY_ID]])),
};
