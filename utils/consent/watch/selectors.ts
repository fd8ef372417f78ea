/**
 * Selectors of the rules: plain CSS, where `>>>` steps into an element's open shadow root
 * (`#usercentrics-root >>> button[data-testid=uc-deny-all-button]`).
 */
const PIERCE = />>>/;

/** The top-level alternatives of a selector list (`a, b >>> c`), so each can pierce on its own. */
export function alternatives(selector: string): string[] {
  // Most rule selectors are one alternative: no need to walk them (this runs at every frame's start).
  if (!selector.includes(',')) return selector.trim() ? [selector.trim()] : [];
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(selector.slice(start).trim());
  return out.filter(Boolean);
}

/** What a plain querySelector can test in the document: each alternative up to its first shadow host. */
export function lightPart(selector: string): string {
  return alternatives(selector)
    .map((alt) => alt.split(PIERCE)[0]!.trim())
    .join(',');
}

/** Every element matching `selector` under `root`, through open shadow roots where the selector says `>>>`. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  if (!PIERCE.test(selector)) return Array.from(root.querySelectorAll(selector));
  const found = alternatives(selector).flatMap((alt) => queryPath(root, alt));
  return [...new Set(found)];
}

function queryPath(root: ParentNode, selector: string): Element[] {
  let scopes: ParentNode[] = [root];
  const parts = selector.split(PIERCE).map((p) => p.trim());
  parts.forEach((part, i) => {
    const found = scopes.flatMap((scope) => Array.from(scope.querySelectorAll(part)));
    scopes = i === parts.length - 1 ? found : found.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
  });
  return scopes as Element[];
}

export function queryDeep(root: ParentNode, selector: string): Element | null {
  return queryAllDeep(root, selector)[0] ?? null;
}

/** True when `el` is inside `container`, crossing shadow boundaries upwards. */
export function containsDeep(container: Node, el: Node): boolean {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === container) return true;
  }
  return false;
}

/** The alternatives a stylesheet can target (those that do not pierce a shadow root). */
export function lightOnly(selectors: readonly string[]): string[] {
  return selectors.flatMap(alternatives).filter((alt) => !PIERCE.test(alt));
}
