import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InvalidAddressError,
  MAILTO_SAFE_LENGTH,
  buildEml,
  buildMailto,
  crlf,
  encodeHeaderWords,
  gmailComposeUrl,
  outlookComposeUrl,
  subjectLine,
  validateAddress,
} from '@/utils/rights/mailto';

/** An RFC 6068 reader written apart from the builder: recipients from the path, header fields from the query. */
function parseMailto(url: string): { to: string[]; headers: [string, string][] } {
  expect(url.startsWith('mailto:')).toBe(true);
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const query = q < 0 ? '' : rest.slice(q + 1);
  const to = path.split(',').filter(Boolean).map(decodeURIComponent);
  const headers = query
    .split('&')
    .filter(Boolean)
    .map((field): [string, string] => {
      const eq = field.indexOf('=');
      return [decodeURIComponent(field.slice(0, eq)).toLowerCase(), decodeURIComponent(field.slice(eq + 1))];
    });
  return { to, headers };
}

const HOSTILE = [
  'a@b.com?bcc=x@evil.com',
  'a@b.com&bcc=x@evil.com',
  'a@b.com,x@evil.com',
  'a@b.com%3Fbcc=x@evil.com',
  'a%40b.com@evil.com',
  'a@b.com#x',
  'a@b.com\r\nBcc: x@evil.com',
  'a@b.com\nBcc: x@evil.com',
  '"a b"@b.com',
  'a b@b.com',
  'a@b .com',
  'é@b.com',
  'a@@b.com',
  'a@b',
  '.a@b.com',
  'a..b@b.com',
  'a@-b.com',
  'a@b.c',
  '<a@b.com>',
  'a@[127.0.0.1]',
  'a=b@b.com',
  'a@b.com;x@evil.com',
  '',
  'a'.repeat(65) + '@b.com',
];

describe('validateAddress', () => {
  it('accepts ordinary addresses and normalises the domain', () => {
    expect(validateAddress('dpo-cloud@imaweb.com')).toBe('dpo-cloud@imaweb.com');
    expect(validateAddress('Privacy.Team+gdpr@Example.CO.UK')).toBe('Privacy.Team+gdpr@example.co.uk');
    expect(validateAddress('dpo@exämple.de')).toBe('dpo@xn--exmple-cua.de');
    expect(validateAddress("o'brien@example.ie")).toBe("o'brien@example.ie");
  });
  it.each(HOSTILE)('rejects %j with a named problem', (address) => {
    expect(() => validateAddress(address)).toThrow(InvalidAddressError);
    try {
      validateAddress(address);
    } catch (error) {
      expect((error as InvalidAddressError).problem).toMatch(/^[a-z-]+$/);
      expect((error as Error).message).toContain('Not a safe e-mail address');
    }
  });
});

describe('buildMailto', () => {
  it('percent-encodes the subject and body with CRLF line breaks', () => {
    const link = buildMailto({ to: 'dpo@example.com', subject: 'Demande d’accès – Art. 15', body: 'Bonjour,\n\nligne 2 & ?=#%' });
    expect(link.url).toBe(
      'mailto:dpo@example.com?subject=Demande%20d%E2%80%99acc%C3%A8s%20%E2%80%93%20Art.%2015&body=Bonjour%2C%0D%0A%0D%0Aligne%202%20%26%20%3F%3D%23%25',
    );
    expect(link.length).toBe(link.url.length);
    expect(link.tooLong).toBe(false);
  });
  it('reports a long letter as too long for a link', () => {
    const link = buildMailto({ to: 'dpo@example.com', subject: 's', body: 'é'.repeat(400) });
    expect(link.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    expect(link.tooLong).toBe(true);
  });
  it('refuses an unsafe recipient instead of building a link', () => {
    expect(() => buildMailto({ to: 'a@b.com?bcc=x@evil.com', subject: '', body: '' })).toThrow(InvalidAddressError);
  });
});

const addressChars = fc.constantFrom(...'abcXYZ019.-_+!$\'*/^`{|}~?&=#%,;:" <>()[]\\@\r\n\té\u0000\u2028'.split(''));
const plainAddress = fc
  .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]$/), fc.domain())
  .map(([local, domain]) => `${local.replace(/\.{2,}/g, '.')}@${domain}`);
const hostileAddress = fc.oneof(
  { arbitrary: plainAddress, weight: 3 },
  fc.string(),
  fc.string({ unit: addressChars, maxLength: 30 }),
  fc.emailAddress(),
  fc.tuple(fc.emailAddress(), fc.constantFrom('?bcc=e@vil.com', '&cc=e@vil.com', ',e@vil.com', '%0D%0ABcc:e@vil.com', '#', '\r\nBcc: e@vil.com', '?body=x'), fc.boolean()).map(([a, s, front]) =>
    front ? s + a : a + s,
  ),
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('&', '=', '?', '#', '%', '\r', '\n', '\r\n', ' ', '+', 'bcc', 'Bcc:', '%0D%0A', 'é', '😀', 'a'), maxLength: 80 }),
);

describe('buildMailto under fuzzing', () => {
  it('gives one recipient and only subject and body, decoding back to the letter, or rejects the address', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileAddress, text, text, (to, subject, body) => {
        let link;
        try {
          link = buildMailto({ to, subject, body });
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidAddressError);
          return;
        }
        accepted++;
        expect(link.url).toMatch(/^[\x21-\x7e]+$/); // no space, line break or raw non-ASCII
        expect(new URL(link.url).hash).toBe('');
        const parsed = parseMailto(link.url);
        expect(parsed.to).toEqual([validateAddress(to)]);
        expect(parsed.headers.map(([name]) => name)).toEqual(['subject', 'body']);
        expect(parsed.headers[0]![1]).toBe(subjectLine(subject));
        expect(parsed.headers[1]![1]).toBe(crlf(body));
        expect(parsed.headers[1]![1].replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(800); // the property is not only ever proved on rejected addresses
  }, 60_000); // about a second alone; a loaded machine (e2e running beside) can take many
  it('accepts every address fast-check generates as valid, as one recipient', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (to) => {
        if (/[^A-Za-z0-9!$'*+\-/^_`{|}~.@]/.test(to)) return; // our stricter subset
        const parsed = parseMailto(buildMailto({ to, subject: 's', body: 'b' }).url);
        expect(parsed.to).toEqual([validateAddress(to)]);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('alternatives for long letters', () => {
  const draft = { to: 'dpo@example.fr', subject: 'Demande d’accès à mes données', body: 'Madame, Monsieur,\nJe vous écris… 😀\n' };
  it('writes an .eml draft with X-Unsent, MIME headers, an RFC 2047 subject and a base64 UTF-8 body', () => {
    const eml = buildEml({ ...draft, from: 'marie@example.org', date: new Date('2026-01-05T10:00:00Z') });
    const [head, encodedBody] = eml.split('\r\n\r\n') as [string, string];
    expect(head).toContain('To: dpo@example.fr');
    expect(head).toContain('From: marie@example.org');
    expect(head).toContain('X-Unsent: 1');
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('Content-Transfer-Encoding: base64');
    expect(head).toContain('Date: Mon, 05 Jan 2026 10:00:00 +0000');
    const subject = /Subject: ((?:.|\r\n )*)/.exec(head)![1]!;
    const decoded = subject
      .split('\r\n ')
      .map((word) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(word)![1]!, 'base64').toString('utf8'))
      .join('');
    expect(decoded).toBe(draft.subject);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(Buffer.from(encodedBody.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(crlf(draft.body));
  });
  it('keeps ASCII subjects as they are and never lets a subject add a header', () => {
    expect(encodeHeaderWords('Access request')).toBe('Access request');
    const eml = buildEml({ ...draft, subject: 'Hi\r\nBcc: e@vil.com' });
    expect(eml).not.toMatch(/^Bcc:/m);
  });
  it('builds Gmail and Outlook compose links', () => {
    const gmail = new URL(gmailComposeUrl(draft));
    expect(gmail.origin).toBe('https://mail.google.com');
    expect(gmail.searchParams.get('to')).toBe('dpo@example.fr');
    expect(gmail.searchParams.get('su')).toBe(draft.subject);
    expect(gmail.searchParams.get('body')).toBe(crlf(draft.body));
    const outlook = new URL(outlookComposeUrl(draft));
    expect(outlook.searchParams.get('to')).toBe('dpo@example.fr');
    expect(outlook.searchParams.get('subject')).toBe(draft.subject);
    expect(outlook.searchParams.get('body')).toBe(crlf(draft.body));
    expect(() => gmailComposeUrl({ ...draft, to: 'x@y.com&to=e@vil.com' })).toThrow(InvalidAddressError);
  });
});
