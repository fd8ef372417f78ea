/**
 * Functions that run in the page's main world, where a consent manager's own JavaScript lives. Each file in
 * this folder exports self-contained functions (no imports, no closures: the browser serialises them) that
 * take JSON-able arguments and return a JSON-able value or a promise of one. Rules name them in `call`
 * steps and `main:<fn>` readers; the background runs them with scripting.executeScript({ world: 'MAIN' }),
 * so no code is evaluated from strings and nothing stays on the page's globals.
 */
export type MainWorldFunction = (...args: never[]) => unknown;

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts'], { eager: true });

export const MAIN_WORLD: Readonly<Record<string, MainWorldFunction>> = Object.fromEntries(
  Object.values(modules).flatMap((mod) =>
    Object.entries(mod).filter((e): e is [string, MainWorldFunction] => typeof e[1] === 'function'),
  ),
);
