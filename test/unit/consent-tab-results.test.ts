import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recordResult, tabResults } from '../../utils/consent/background/results';
import type { ConsentResult } from '../../utils/consent/result-schema';
import { SAMPLE_RESULT } from './consent-result-sample';

const result = (id: string): ConsentResult => ({ ...SAMPLE_RESULT, manager: { id, name: id } });

/** A tab's results belong to the page (top document) they were given on: the content script no longer reports new pages. */
describe('per-tab consent results', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('keeps the results of the page the tab still shows, in the order given', async () => {
    await recordResult(7, 1000.5, result('onetrust'));
    await recordResult(7, 1000.5, result('tcf'));
    expect((await tabResults(7, 1000.5)).map((r) => r.manager.id)).toEqual(['onetrust', 'tcf']);
  });

  it('shows nothing from an earlier page, and starts again on the new one', async () => {
    await recordResult(7, 1000.5, result('onetrust'));
    expect(await tabResults(7, 2000.25)).toEqual([]);
    await recordResult(7, 2000.25, result('didomi'));
    expect((await tabResults(7, 2000.25)).map((r) => r.manager.id)).toEqual(['didomi']);
    expect(await tabResults(7, 1000.5)).toEqual([]);
  });

  it('shows nothing where the tab\'s page cannot be asked, and keeps tabs apart', async () => {
    await recordResult(7, 1000.5, result('onetrust'));
    expect(await tabResults(7, null)).toEqual([]);
    expect(await tabResults(8, 1000.5)).toEqual([]);
  });

  it('still keeps every result in the local log', async () => {
    await recordResult(7, 1000.5, result('onetrust'));
    await recordResult(7, 2000.25, result('didomi'));
    const { consentLog } = await fakeBrowser.storage.local.get('consentLog');
    expect((consentLog as ConsentResult[]).map((r) => r.manager.id)).toEqual(['onetrust', 'didomi']);
  });
});
