import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { Rule } from '../rule-schema';
import { detectTable, type DetectEntry } from '../detect-table';
import { pageSelectors } from '../watch/page-selectors';
import { pageStylesheet } from '../watch/prehide';

const VIRTUAL = 'virtual:consent-detect';
const RESOLVED = '\0' + VIRTUAL;

/** The rule files, as the registry (rules/index.ts) globs them. */
export function ruleFiles(rulesDir: string): string[] {
  return fs
    .readdirSync(rulesDir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => path.join(rulesDir, f));
}

/**
 * The rules' detection table (detect-table.ts), from every rule file. Bench only (scripts/bench/busy):
 * CK_BENCH_RULES=8 builds a table of the first 8 rules, to show the no-banner cost does not grow with the
 * number of rules. Never set for a release build.
 */
export async function loadDetectTable(rulesDir: string, onFile?: (file: string) => void): Promise<DetectEntry[]> {
  const rules: Rule[] = [];
  for (const file of ruleFiles(rulesDir)) {
    onFile?.(file);
    const mod = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: Rule };
    rules.push(mod.default);
  }
  const limit = benchRuleLimit();
  return detectTable(limit > 0 ? rules.slice(0, limit) : rules);
}

const benchRuleLimit = () => Number(process.env.CK_BENCH_RULES ?? 0);

/** The manifest's prehide stylesheet for every frame (watch/prehide.ts, pageStylesheet). */
export const PREHIDE_STYLESHEET = 'content-prehide.css';

/** Its text: the rules that apply in any frame (frame rules hide their selectors only in their frames). */
export async function prehideStylesheet(rulesDir: string): Promise<string> {
  return pageStylesheet((await loadDetectTable(rulesDir)).filter((e) => !e.frameUrl));
}

/**
 * `import table, { pageDefaults } from 'virtual:consent-detect'`: the rules' detection table computed at
 * build time by loading every rule file, so the content script ships selectors only, and the selectors
 * derived from it for any page.
 */
export function consentDetectPlugin(rulesDir: string): Plugin {
  return {
    name: 'consent-detect-table',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const limit = benchRuleLimit();
      if (limit > 0) this.warn(`CK_BENCH_RULES=${limit}: detection table cut to ${limit} rules (bench build only)`);
      const table = await loadDetectTable(rulesDir, (file) => this.addWatchFile(file));
      // What every page would otherwise derive from the table at start (watch/page-selectors.ts).
      const pageDefaults = pageSelectors(table.filter((e) => !e.frameUrl));
      // As JSON.parse of a string: V8 scans a string literal far faster than it parses the same object
      // literal as code, and this module is compiled in every frame of every page.
      const asJson = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      return `export default ${asJson(table)};\nexport const pageDefaults = ${asJson(pageDefaults)};`;
    },
  };
}
