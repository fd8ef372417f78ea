/**
 * The longest run of plain characters that every URL a frame rule's `frameUrl` expression matches must
 * contain ('' when none can be told): the content script tests it with `includes` first, so the rule's
 * expression is compiled only in the frames that may be the manager's (~0.3 ms a frame otherwise).
 * Conservative: only characters outside any group, class or alternative, not made optional by a
 * quantifier; an expression with a top-level `|` gives ''.
 */
export function requiredLiteral(source: string): string {
  const runs: string[] = [];
  let run = '';
  let depth = 0;
  let inClass = false;
  const end = () => {
    runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      // An escaped punctuation character is itself; \d, \w, \b… are not plain characters.
      if (!inClass && depth === 0 && /[^A-Za-z0-9]/.test(next)) {
        if (isQuantifier(source[i + 1])) end();
        else run += next;
      } else if (!inClass && depth === 0) end();
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (depth === 0) end();
    } else if (c === '(') {
      if (depth++ === 0) end();
    } else if (c === ')') depth--;
    else if (depth > 0) continue;
    else if (c === '|') return '';
    else if (isQuantifier(c) || c === '.' || c === '^' || c === '$') end();
    else if (isQuantifier(source[i + 1])) end();
    else run += c;
  }
  end();
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}
