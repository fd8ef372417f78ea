import path from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

/**
 * WXT's fake browser has no i18n: serve the real messages of locales/<locale>.yml, built as WXT builds
 * `_locales`, with Chrome's `$1`… substitutions, so component tests read the strings a person reads.
 */
export async function useLocale(locale: 'en' | 'fr'): Promise<void> {
  const messages = generateChromeMessages(await parseMessagesFile(path.resolve('locales', `${locale}.yml`))) as Record<
    string,
    { message: string }
  >;
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    const message = messages[name]?.message ?? '';
    return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => locale;
}

/** The text an element's aria-describedby points to, as a screen reader reads it after the name. */
export function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}
