import { REQUEST_TYPES, type RequestType } from '@/utils/settings/schema';

/** Every letter the extension writes: the requests it tracks, plus the reminder and the complaint about one. */
export const LETTER_TYPES = [...REQUEST_TYPES, 'follow_up', 'complaint'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/**
 * One letter as data. Strings hold `{placeholders}` filled by buildLetter: company, site, name, email, date,
 * dueDate, reason, originalType, originalDate, originalDue, followUpDate, followUpDue, authority, contact.
 */
export interface LetterTemplate {
  subject: string;
  /** Paragraphs; a paragraph may hold line breaks (lists). */
  body: string[];
  /** Shown in place of {reason} when the person gave none, in brackets, for them to fill in the preview. */
  reasonPrompt?: string;
}

/** The words of one language: shared paragraphs and one template per letter type. */
export interface LanguagePack {
  /** BCP 47 locale for dates. */
  locale: string;
  greeting: string;
  /** Greeting of the complaint, to an authority. */
  authorityGreeting: string;
  closing: string;
  /** Paragraph before the identifiers: why no ID document is needed. */
  noId: string;
  labels: { name: string; email: string; account: string; postalAddress: string };
  /** Between a label and its value (French typography puts a space before the colon). */
  separator: string;
  /** The Art. 12(3) deadline of a request. */
  deadline: string;
  /** Names of the requests as the follow-up and the complaint refer to them, with their article. */
  requestNames: Record<RequestType, string>;
  letters: Record<LetterType, LetterTemplate>;
}
