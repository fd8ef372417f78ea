// @vitest-environment happy-dom
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentDetectPlugin } from '../../utils/consent/build/detect-plugin';
import type { DetectEntry } from '../../utils/consent/detect-table';
import { pageSelectors, type PageSelectors } from '../../utils/consent/watch/page-selectors';
import { installPrehide } from '../../utils/consent/watch/prehide';
import { prehideCss } from '../../utils/consent/watch/prehide';

const RULES_DIR = path.resolve(import.meta.dirname, '../../utils/consent/rules');

/** The virtual module the content script imports, as the build produces it. */
async function virtualModule(): Promise<{ table: DetectEntry[]; pageDefaults: PageSelectors }> {
  const plugin = consentDetectPlugin(RULES_DIR);
  const id = (plugin.resolveId as (id: string) => string)('virtual:consent-detect');
  const code = (await (plugin.load as (this: unknown, id: string) => Promise<string>).call({ addWatchFile() {}, warn() {} }, id))!;
  // Each value is emitted as JSON.parse("<json>"): the string literal is itself JSON.
  const value = (name: RegExp) => JSON.parse(JSON.parse(new RegExp(`^${name.source} JSON\\.parse\\((.*)\\);$`, 'm').exec(code)![1]!));
  const table = value(/export default/) as DetectEntry[];
  const pageDefaults = value(/export const pageDefaults =/) as PageSelectors;
  return { table, pageDefaults };
}

describe('page selectors computed at build time', () => {
  it('are what a page would derive from the rules that apply in any frame', async () => {
    const { table, pageDefaults } = await virtualModule();
    expect(table.length).toBeGreaterThan(20);
    const anyFrame = table.filter((e) => !e.frameUrl);
    expect(pageDefaults).toEqual(pageSelectors(anyFrame));
    expect(pageDefaults.whole.byId.length + pageDefaults.whole.rest.length).toBeGreaterThanOrEqual(anyFrame.length);
    // No frame rule's selectors in them: those apply only in their frames.
    for (const frameRule of table.filter((e) => e.frameUrl)) {
      for (const sel of frameRule.prehide) if (!anyFrame.some((e) => e.prehide.includes(sel))) expect(pageDefaults.prehideCss).not.toContain(sel);
    }
  }, 60_000);

  it('prehide uses the precomputed stylesheet only where no frame rule applies, and the same one it would build', () => {
    const entries = [
      { id: 'a', prehide: ['#a'] },
      { id: 'f', prehide: ['#f'], frameUrl: '^https://cmp\\.test/' },
    ];
    const css = prehideCss(['#a']);
    document.head.innerHTML = '';
    const top = installPrehide(document, entries, 'MARK{}');
    expect(document.head.textContent).toContain('MARK{}');
    top.remove();
    expect(installPrehide(document, entries).remove).toBeTypeOf('function');
    expect(document.head.textContent).toContain(css);
  });
});
