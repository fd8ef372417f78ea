import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { Rule } from '../rule-schema';
import { detectTable } from '../detect-table';

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
 * `import table from 'virtual:consent-detect'`: the rules' detection table (detect-table.ts) computed at
 * build time by loading every rule file, so the content script ships selectors only.
 */
export function consentDetectPlugin(rulesDir: string): Plugin {
  return {
    name: 'consent-detect-table',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const rules: Rule[] = [];
      for (const file of ruleFiles(rulesDir)) {
        this.addWatchFile(file);
        const mod = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default: Rule };
        rules.push(mod.default);
      }
      return `export default ${JSON.stringify(detectTable(rules))};`;
    },
  };
}
