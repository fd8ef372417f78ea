import { defineRule } from '../rule-schema';

/** Shopify's privacy banner (draft: taken by batch D). */
export default defineRule({
  id: 'shopify',
  name: 'Shopify privacy banner',
  detect: { present: ['#shopify-pc__banner'], showing: ['#shopify-pc__banner'] },
  prehide: ['#shopify-pc__banner'],
  categories: { a: 'analytics', m: 'advertising', p: 'functional', s: 'advertising' },
  actions: { rejectAll: [{ click: '#shopify-pc__banner__btn-decline' }] },
  stored: { cookie: '_tracking_consent', decode: 'uri-json', path: 'purposes', shape: 'map' },
  fixtures: ['sites/shopify.example.com/index.html'],
});
