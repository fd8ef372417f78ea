import { sendMessage } from '../../messages';
import { READERS } from '../readers';
import type { ConsentResult } from '../result-schema';
import type { Rule } from '../rule-schema';
import { ruleById } from '../rules';
import { lightOnly, queryAllDeep } from '../watch/selectors';
import { readStoredData, type StoredCategories } from './decode';
import type { Engine, EngineRequest } from './contract';
import { runRule, type EngineEnv } from './run';
import type { Classify } from './wanted';

// The classifier and the generic handler are other modules of the project: found by file, so the engine
// builds (and rules run) whether or not they are there yet.
const classifierModule = Object.values(import.meta.glob<{ classifyLabel?: Classify }>('../classifier.ts', { eager: true }))[0];
type GenericHandler = (banner: Element, ctx: { choices: EngineRequest['choices']; env: EngineEnv }) => Promise<ConsentResult | null>;
const genericModule = Object.values(import.meta.glob<{ handleGeneric?: GenericHandler }>('../generic/handle.ts', { eager: true }))[0];

async function callMain(fn: string, args: unknown[] = []): Promise<unknown> {
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
    return reader ? reader({ cookies: () => document.cookie, storage: localStorage, callMain }) : null;
  }
  return readStoredData({ decode: 'raw', ...stored }, { cookies: document.cookie, storage: localStorage });
}

export function createEngine(doc: Document): Engine {
  const env: EngineEnv = {
    doc,
    classify: classifierModule?.classifyLabel,
    callMain,
    readStored,
    hide: hider(doc),
    now: () => performance.now(),
  };
  return {
    async run({ ruleId, element, choices }) {
      if (ruleId === 'generic') return genericModule?.handleGeneric?.(element, { choices, env }) ?? null;
      const rule = ruleById(ruleId);
      return rule ? runRule(rule, choices, env) : null;
    },
  };
}
