import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { ROOT } from './site-server';

/** Helpers for end-to-end tests that drive the extension from one of its own pages (options, popup). */

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export type StoredSettings = {
  onboarded: boolean;
  purposes: Record<string, boolean>;
  sites: Record<string, { paused?: boolean; purposes?: Record<string, boolean> }>;
};

/** Everything below runs in an extension page, where `browser` is the extension API. */
declare const browser: typeof import('wxt/browser').browser;

export const readSettings = (page: TestPage) =>
  page.evaluate(async () => (await browser.storage.local.get('settings')).settings as StoredSettings | undefined);

/** The id of the tab showing `url`, asked from an extension page (host permissions show tab URLs). */
export const tabIdOf = (page: TestPage, url: string) =>
  page.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);

export const tabState = (page: TestPage, tabId: number) =>
  page.evaluate((id) => browser.runtime.sendMessage({ type: 'get-tab-state', tabId: id }), tabId) as Promise<{
    url: string | null;
    contentReady: boolean;
    choices: { site: string; paused: boolean; purposes: Record<string, boolean> } | null;
  }>;

type AxeResults = { passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
export async function axeViolations(page: TestPage): Promise<string[]> {
  await page.injectScript(AXE);
  const { passed, serious } = await page.evaluate(async () => {
    const { passes, violations } = await (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run();
    return {
      passed: passes.length,
      serious: violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    };
  });
  expect(passed, 'axe ran its rules').toBeGreaterThan(10);
  return serious;
}

export function writeTemp(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ck-import-')), name);
  fs.writeFileSync(file, text);
  return file;
}

/** Waits until the content script of the tab's top frame has asked the background for its choices. */
export const waitContentReady = (page: TestPage, tabId: number) =>
  page.waitFor(async (id) => (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: id })).contentReady, tabId);

/** What the background answers a content script on `url`. */
export const choicesFor = (page: TestPage, url: string) =>
  page.evaluate((u) => browser.runtime.sendMessage({ type: 'get-choices', url: u }), url) as Promise<{
    site: string;
    paused: boolean;
    purposes: Record<string, boolean>;
  }>;
