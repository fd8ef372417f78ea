import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';

/**
 * A TC string from the IAB's own encoder (an empty vendor list): the consents and legitimate interests
 * given, and optionally special features and vendors, so the core segment can be full-size.
 */
export function encodeTc(consents: number[], legitimate: number[], opts: { specialFeatures?: number[]; vendors?: number[] } = {}): string {
  const gvl = new GVL({ gvlSpecificationVersion: 3, vendorListVersion: 1, tcfPolicyVersion: 4, lastUpdated: '2024-01-01T00:00:00Z', purposes: {}, specialPurposes: {}, features: {}, specialFeatures: {}, vendors: {}, stacks: {}, dataCategories: {} } as never);
  const model = new TCModel(gvl);
  model.cmpId = 7;
  model.cmpVersion = 3;
  model.purposeConsents.set(consents);
  model.purposeLegitimateInterests.set(legitimate);
  model.specialFeatureOptins.set(opts.specialFeatures ?? []);
  model.vendorConsents.set(opts.vendors ?? []);
  return TCString.encode(model);
}
