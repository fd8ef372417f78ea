import type { Identity, RequestType } from '@/utils/settings/schema';
import { followUpDeadline, responseDeadline, type IsoDate } from '../deadline';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { LETTER_LANGUAGES, type LanguagePack, type LetterLanguage, type LetterType } from './types';

export * from './types';

const PACKS: Record<LetterLanguage, LanguagePack> = { en, fr, de, es, it };

/** The letter language for a page or policy language: itself when we have it, else English. */
export function letterLanguage(language: string | null | undefined): LetterLanguage {
  const base = (language ?? '').slice(0, 2).toLowerCase();
  return (LETTER_LANGUAGES as readonly string[]).includes(base) ? (base as LetterLanguage) : 'en';
}

/** The request a follow-up or complaint is about. */
export interface OriginalRequest {
  type: RequestType;
  sentAt: IsoDate;
  dueAt: IsoDate;
  contact?: string;
  reason?: string;
}

export interface LetterInput {
  type: LetterType;
  language: string;
  identity: Identity;
  /** The controller's name; the site stands in when it is unknown. */
  company: string;
  /** Registrable domain, as in settings (`example.co.uk`). */
  site: string;
  /** The person's own words: corrections, grounds, consents, decision, directives, what went wrong. */
  reason?: string;
  /** The day the letter is sent. */
  date: IsoDate;
  original?: OriginalRequest;
  /** The controller's country, for its public holidays in deadlines. */
  country?: string | null;
  /** Address the request goes to (named in the follow-up and complaint). */
  contact?: string;
  /** The supervisory authority a complaint goes to. */
  authority?: string;
}

export interface Letter {
  subject: string;
  body: string;
}

function formatDate(date: IsoDate, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  // French writes the first of the month as an ordinal: « le 1er septembre ».
  return locale.startsWith('fr') && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** Fills `{name}` placeholders in one pass, so a value holding braces is never read as a placeholder. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function identityLines(pack: LanguagePack, identity: Identity, site: string): string {
  const account = identity.accounts[site];
  const line = (label: string, value: string) => `${label}${pack.separator}${value}`;
  const lines = [line(pack.labels.name, identity.name), line(pack.labels.email, identity.email)];
  if (account) lines.push(line(fill(pack.labels.account, { site }), account));
  const address = identity.postalAddress?.trim();
  if (address) lines.push(line(pack.labels.postalAddress, address.replace(/\s*\n\s*/g, ', ')));
  return lines.join('\n');
}

/**
 * Writes one letter in one language from the person's identity. Requests carry the Art. 12(3) deadline
 * counted from `date`, ask for no ID document and name the identifiers the company holds; a follow-up quotes
 * the original request; a complaint is addressed to the authority.
 */
export function buildLetter(input: LetterInput): Letter {
  const language = letterLanguage(input.language);
  const pack = PACKS[language];
  const template = pack.letters[input.type];
  const original = input.original;
  const reason = input.reason?.trim() || (template.reasonPrompt ?? '');
  const contact = input.contact ?? original?.contact ?? '';
  const values: Record<string, string> = {
    company: input.company.trim() || input.site,
    site: input.site,
    name: input.identity.name,
    email: input.identity.email,
    date: formatDate(input.date, pack.locale),
    dueDate: formatDate(responseDeadline(input.date, { country: input.country }), pack.locale),
    followUpDue: formatDate(followUpDeadline(input.date, input.country), pack.locale),
    reason,
    contact,
    authority: input.authority ?? '',
  };
  if (original) {
    Object.assign(values, {
      originalType: pack.requestNames[original.type],
      originalDate: formatDate(original.sentAt, pack.locale),
      originalDue: formatDate(original.dueAt, pack.locale),
    });
  }
  const paragraphs = template.body.map((p) => fill(p, values));
  // A letter with no place for the person's words still carries them, after its own paragraphs.
  if (input.reason?.trim() && !template.body.some((p) => p.includes('{reason}'))) paragraphs.push(input.reason.trim());
  const identity = identityLines(pack, input.identity, input.site);
  const signature = `${pack.closing}\n${input.identity.name}`;
  let parts: string[];
  if (input.type === 'complaint') {
    parts = [pack.authorityGreeting, ...paragraphs, identity, signature];
  } else if (input.type === 'follow_up') {
    parts = [pack.greeting, ...paragraphs, fill(pack.noId, values), identity, signature];
    if (original) {
      const first = buildLetter({ ...input, type: original.type, date: original.sentAt, reason: original.reason, original: undefined });
      parts.push(`-------- ${first.subject} --------\n\n${first.body}`);
    }
  } else {
    parts = [pack.greeting, ...paragraphs, fill(pack.noId, values), identity, fill(pack.deadline, values), signature];
  }
  return { subject: fill(template.subject, values), body: parts.join('\n\n') };
}
