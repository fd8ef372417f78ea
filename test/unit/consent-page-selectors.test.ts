// @vitest-environment happy-dom
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentDetectPlugin, prehideStylesheet } from '../../utils/consent/build/detect-plugin';
import type { DetectEntry } from '../../utils/consent/detect-table';
import { pageSelectors, type PageSelectors } from '../../utils/consent/watch/page-selectors';
import { pageStylesheet } from '../../utils/consent/watch/prehide';

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
    // No frame rule's selectors in the page's: those apply only in their frames.
    for (const frameRule of table.filter((e) => e.frameUrl)) {
      for (const sel of frameRule.present) if (!anyFrame.some((e) => e.present.includes(sel))) expect(pageDefaults.combined).not.toContain(sel);
    }
  }, 60_000);

  it('the manifest\'s prehide stylesheet has every rule of any frame, and no frame rule\'s', async () => {
    const { table } = await virtualModule();
    const css = await prehideStylesheet(RULES_DIR);
    const anyFrame = table.filter((e) => !e.frameUrl);
    expect(css).toBe(pageStylesheet(anyFrame));
    for (const e of anyFrame) if (e.prehide.some((sel) => !sel.includes('>>>'))) expect(css).toContain(`~="-${e.id}"`);
    for (const e of table.filter((x) => x.frameUrl)) expect(css).not.toContain(`~="-${e.id}"`);
  }, 60_000);
});
