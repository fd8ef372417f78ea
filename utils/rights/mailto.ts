/**
 * Sending a letter without a server: RFC 6068 `mailto:` links, and the alternatives for letters too long for
 * one (mail clients on Windows cut or refuse links from about 1,800–2,000 characters): an `.eml` draft and
 * webmail compose links. The recipient is validated strictly first: an address holding `?`, `&`, `=`, `#`,
 * `%`, a comma or a line break could otherwise add recipients or headers (Bcc…) to the message.
 */

/** Links longer than this are offered with the alternatives. */
export const MAILTO_SAFE_LENGTH = 1800;

export type AddressProblem =
  | 'empty'
  | 'too-long'
  | 'no-at'
  | 'forbidden-character'
  | 'non-ascii'
  | 'bad-local-part'
  | 'bad-domain';

export class InvalidAddressError extends Error {
  constructor(
    readonly address: string,
    readonly problem: AddressProblem,
  ) {
    super(`Not a safe e-mail address (${problem}): ${JSON.stringify(address)}`);
    this.name = 'InvalidAddressError';
  }
}

/** Characters a local part may hold (RFC 5322 atext minus every one that means something in a URL or header). */
const LOCAL_PART = /^[A-Za-z0-9!$'*+\-/^_`{|}~]+(?:\.[A-Za-z0-9!$'*+\-/^_`{|}~]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** Never allowed anywhere, named so the error says why. */
const FORBIDDEN = /[?&=#%,;:"<>()[\]\\\s@]/;

/** Turns an internationalised domain into its ASCII (punycode) form, or null if it is not a host name. */
function asciiDomain(domain: string): string | null {
  if (/^[\x21-\x7e]*$/.test(domain)) return domain.toLowerCase();
  if (/[\s/?#@:%\\]/.test(domain)) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * The address in the form it goes into a link (domain lower-cased and in ASCII), or an InvalidAddressError
 * naming the problem. Deliberately stricter than RFC 5322: no quoted local parts, comments or IP literals.
 */
export function validateAddress(address: string): string {
  if (address.length === 0) throw new InvalidAddressError(address, 'empty');
  if (address.length > 254) throw new InvalidAddressError(address, 'too-long');
  const at = address.lastIndexOf('@');
  if (at < 0) throw new InvalidAddressError(address, 'no-at');
  const local = address.slice(0, at);
  const domainInput = address.slice(at + 1);
  if (FORBIDDEN.test(local) || FORBIDDEN.test(domainInput) || /[\x00-\x1f\x7f]/.test(address)) {
    throw new InvalidAddressError(address, 'forbidden-character');
  }
  if (/[^\x00-\x7f]/.test(local)) throw new InvalidAddressError(address, 'non-ascii');
  if (local.length > 64 || !LOCAL_PART.test(local)) throw new InvalidAddressError(address, 'bad-local-part');
  const domain = asciiDomain(domainInput);
  const labels = domain?.split('.') ?? [];
  const valid =
    domain !== null &&
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1] ?? '');
  if (!valid) throw new InvalidAddressError(address, 'bad-domain');
  return `${local}@${domain}`;
}

export function isValidAddress(address: string): boolean {
  try {
    validateAddress(address);
    return true;
  } catch {
    return false;
  }
}

/** Replaces unpaired UTF-16 surrogates, which cannot be encoded as UTF-8 (encodeURIComponent throws on them). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** A subject is one header line: any line break becomes a space. */
export function subjectLine(subject: string): string {
  return wellFormed(subject).replace(/\r\n|[\r\n]/g, ' ');
}

/** Line breaks in a message body are CRLF (RFC 5322, and RFC 6068 section 5). */
export function crlf(body: string): string {
  return wellFormed(body).replace(/\r\n|[\r\n]/g, '\r\n');
}

export interface Draft {
  to: string;
  subject: string;
  body: string;
}

/** Local part characters that may stand in a mailto URI unencoded (RFC 6068 `qchar`); the rest are %-encoded. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).replace(/[^A-Za-z0-9\-._~!$'*+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `${local}@${address.slice(at + 1)}`;
}

export interface MailtoLink {
  url: string;
  length: number;
  /** Longer than MAILTO_SAFE_LENGTH: offer copy, .eml and webmail too. */
  tooLong: boolean;
}

/** `mailto:to?subject=…&body=…`, every character of subject and body outside `A–Z a–z 0–9 -_.!~*'()` percent-encoded. */
export function buildMailto(draft: Draft): MailtoLink {
  const to = encodeAddress(validateAddress(draft.to));
  const fields = [`subject=${encodeURIComponent(subjectLine(draft.subject))}`, `body=${encodeURIComponent(crlf(draft.body))}`];
  const url = `mailto:${to}?${fields.join('&')}`;
  return { url, length: url.length, tooLong: url.length > MAILTO_SAFE_LENGTH };
}

/** Gmail's web compose window, prefilled. */
export function gmailComposeUrl(draft: Draft): string {
  const to = validateAddress(draft.to);
  return `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeURIComponent(to)}&su=${encodeURIComponent(subjectLine(draft.subject))}&body=${encodeURIComponent(crlf(draft.body))}`;
}

/** Outlook on the web (personal accounts; work accounts are redirected from the same link). */
export function outlookComposeUrl(draft: Draft): string {
  const to = validateAddress(draft.to);
  return `https://outlook.live.com/mail/0/deeplink/compose?to=${encodeURIComponent(to)}&subject=${encodeURIComponent(subjectLine(draft.subject))}&body=${encodeURIComponent(crlf(draft.body))}`;
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** RFC 2047 encoded words for a non-ASCII header value, each at most 75 characters, split between characters. */
export function encodeHeaderWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    // 45 bytes of UTF-8 make 60 base64 characters: with "=?UTF-8?B?" and "?=" a word stays under 75.
    if (new TextEncoder().encode(chunk + char).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${utf8Base64(w)}?=`).join('\r\n ');
}

/**
 * An unsent e-mail in RFC 5322 / MIME form. `X-Unsent: 1` makes Outlook (and others) open it as a draft ready
 * to send. The body is UTF-8 in base64, lines of 76 characters.
 */
export function buildEml(draft: Draft & { from?: string; date?: Date }): string {
  const to = validateAddress(draft.to);
  const headers = [`To: ${to}`];
  if (draft.from && isValidAddress(draft.from)) headers.push(`From: ${validateAddress(draft.from)}`);
  headers.push(
    `Subject: ${encodeHeaderWords(subjectLine(draft.subject))}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  );
  if (draft.date) headers.push(`Date: ${draft.date.toUTCString().replace('GMT', '+0000')}`);
  const encoded = utf8Base64(crlf(draft.body)).match(/.{1,76}/g) ?? [];
  return `${headers.join('\r\n')}\r\n\r\n${encoded.join('\r\n')}\r\n`;
}
