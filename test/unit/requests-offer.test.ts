import { describe, expect, it } from 'vitest';
import { offeredRequests } from '@/utils/rights/offer';

describe('offeredRequests', () => {
  it('puts access, erasure and marketing objection first', () => {
    expect(offeredRequests(null).slice(0, 3)).toEqual(['access', 'erasure', 'objection_marketing']);
  });
  it('offers the objection to partners only where the policy says data go to partners', () => {
    expect(offeredRequests({ sharesWithPartners: false })).not.toContain('objection_partners');
    expect(offeredRequests({ sharesWithPartners: true }).indexOf('objection_partners')).toBe(3);
  });
  it('offers post-mortem directives only under French law', () => {
    expect(offeredRequests({ country: 'de' })).not.toContain('post_mortem');
    expect(offeredRequests(null)).not.toContain('post_mortem');
    expect(offeredRequests({ country: 'fr' }).at(-1)).toBe('post_mortem');
  });
});
