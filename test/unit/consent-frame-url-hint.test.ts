import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requiredLiteral } from '../../utils/consent/frame-url-hint';
import { entriesAt } from '../../utils/consent/watch/entries-at';
import { detectTable } from '../../utils/consent/detect-table';
import { RULES } from '../../utils/consent/rules';

const frameRules = RULES.filter((r) => r.detect.frameUrl);

describe('frame rules: the plain part every matching URL has', () => {
  it('is the literal run of the two frame rules', () => {
    expect(requiredLiteral('^https?://[^/?#]+/(?:privacy-manager/)?index\\.html\\?(?:[^#]*&)?(?:message_id|consentUUID|requestUUID)=')).toBe('index.html?');
    expect(requiredLiteral('^https?://consent-pref\\.trustarc\\.(?:com|test)/')).toBe('://consent-pref.trustarc.');
  });

  it('leaves out what a quantifier makes optional, groups, classes, and every top-level alternative', () => {
    expect(requiredLiteral('abc?de')).toBe('ab');
    expect(requiredLiteral('x(?:long-literal)?y')).toBe('x');
    expect(requiredLiteral('[abcdef]+gh')).toBe('gh');
    expect(requiredLiteral('one|another')).toBe('');
    expect(requiredLiteral('a\\.b\\d+cd')).toBe('a.b');
    expect(requiredLiteral('ab\\.?cde')).toBe('cde');
    expect(requiredLiteral('^$')).toBe('');
  });

  it('is in every URL the expression matches (random URLs around the literal parts)', () => {
    for (const rule of frameRules) {
      const source = rule.detect.frameUrl!;
      const hint = requiredLiteral(source);
      const re = new RegExp(source);
      fc.assert(
        fc.property(fc.constantFrom('http://', 'https://', 'ftp://'), fc.webSegment(), fc.constantFrom('', 'privacy-manager/', 'x/'), fc.constantFrom('index.html?', 'index.html', 'index.htm?'),
          fc.constantFrom('message_id=1', 'a=1&consentUUID=2', 'x=1'), (scheme, host, dir, file, query) => {
            const url = `${scheme}${host || 'h'}.test/${dir}${file}${query}`;
            return !re.test(url) || url.includes(hint);
          }),
      );
    }
  });

  it('chooses the same rules as the expression alone, for the fixtures\' frame URLs and ordinary pages', () => {
    const table = detectTable(RULES);
    const urls = [
      'http://cdn.privacy-mgmt.test/index.html?message_id=1093214&consentUUID=abc',
      'http://cdn.privacy-mgmt.test/privacy-manager/index.html?message_id=1&consentUUID=2&site_id=3',
      'https://consent-pref.trustarc.com/?type=x',
      'http://consent-pref.trustarc.test/',
      'https://www.example.com/',
      'https://news.example.org/index.html',
    ];
    for (const url of urls) {
      const plain = table.filter((e) => !e.frameUrl || new RegExp(e.frameUrl).test(url)).map((e) => e.id);
      expect(entriesAt(table, url).map((e) => e.id)).toEqual(plain);
    }
    expect(entriesAt(table, urls[1]!).some((e) => e.id === 'sourcepoint-frame')).toBe(true);
    expect(entriesAt(table, urls[2]!).some((e) => e.id === 'trustarc-frame')).toBe(true);
  });
});
