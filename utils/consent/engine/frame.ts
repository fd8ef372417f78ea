import { sendMessage } from '../../messages';
import { classifyLabel } from '../classifier';
import { READERS } from '../readers';
import type { Rule } from '../rule-schema';
import { ruleById } from '../rules';
import { lightOnly, queryAllDeep } from '../watch/selectors';
import { readStoredData, type StoredCategories } from './decode';
import type { Engine } from './contract';
import { runGeneric } from './generic';
import { ISOLATED_CALLS } from './isolated-calls';
import { runRule, type EngineEnv } from './run';


async function callMain(fn: string, args: unknown[] = []): Promise<unknown> {
  if (Object.hasOwn(ISOLATED_CALLS, fn)) return (ISOLATED_CALLS[fn] as (...a: unknown[]) => unknown)(...args);
  const answer = await sendMessage({ type: 'consent-main-call', fn, args });
  if (!answer.ok) throw new Error(answer.error);
  return answer.result;
}

function hider(doc: Document): (selectors: readonly string[]) => void {
  let style: HTMLStyleElement | null = null;
  return (selectors) => {
    style ??= (doc.head ?? doc.documentElement).appendChild(doc.createElement('style'));
    const light = lightOnly(selectors);
    if (light.length) style.textContent += `${light.join(',')}{display:none!important}`;
    // Inside shadow roots a document stylesheet cannot reach: hide what is there now.
    for (const el of selectors.flatMap((s) => (s.includes('>>>') ? queryAllDeep(doc, s) : []))) {
      (el as HTMLElement).style?.setProperty('display', 'none', 'important');
    }
  };
}

async function readStored(rule: Rule): Promise<StoredCategories | null> {
  const stored = rule.stored;
  if (!stored) return null;
  if (stored.reader?.startsWith('main:')) return (await callMain(stored.reader.slice(5)).catch(() => null)) as StoredCategories | null;
  if (stored.reader) {
    const reader = READERS[stored.reader];
    return reader ? reader({ cookies: () => document.cookie, storage: localStorage, doc: document, callMain }) : null;
  }
  return readStoredData({ decode: 'raw', ...stored }, { cookies: document.cookie, storage: localStorage });
}

export function createEngine(doc: Document): Engine {
  const env: EngineEnv = {
    doc,
    classify: classifyLabel,
    callMain,
    readStored,
    hide: hider(doc),
    now: () => performance.now(),
  };
  return {
    async run({ ruleId, choices }) {
      if (ruleId === 'generic') return runGeneric(doc, choices, env.now);
      const rule = ruleById(ruleId);
      return rule ? runRule(rule, choices, env) : null;
    },
  };
}
