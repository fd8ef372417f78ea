/** What `npm start -- …` was asked to do, and what in this machine would stop it (pure: unit-tested). */

export type StartBrowser = 'chromium' | 'firefox';

export interface StartOptions {
  browser: StartBrowser;
  /** No window: load the demo site, take a screenshot, exit. */
  headless: boolean;
  /** Build the extension first (skip with --no-build when .output is fresh). */
  build: boolean;
  /** The demo site's server (also the browser's proxy); 0 = any free port. */
  port: number;
  url: string;
  /** Where --headless writes its screenshot. */
  screenshot?: string;
  locale: 'en' | 'fr';
  help: boolean;
}

export const DEFAULT_PORT = 8787;
export const DEMO_URL = 'http://shop.example.fr/';

export const USAGE = `Usage: npm start -- [options]

Builds Consent Keeper, serves the demo shop (http://shop.example.fr/, with a real tarteaucitron.js banner)
and opens a browser with the extension loaded there. Close the browser to stop.

  --browser chromium|firefox  which browser (default chromium)
  --headless                  no window: load the page, save a screenshot, exit
  --screenshot FILE           where --headless saves it (default test-results/start-BROWSER.png)
  --no-build                  use the extension already built in .output/
  --port N                    port of the demo site server (default ${DEFAULT_PORT}; 0 = any free port)
  --url URL                   open another page (any test site under test/fixtures/sites/)
  --locale en|fr              browser UI language (default en)
  --help                      this text`;

export class UsageError extends Error {}

export function parseStartArgs(argv: string[]): StartOptions {
  const options: StartOptions = {
    browser: 'chromium',
    headless: false,
    build: true,
    port: DEFAULT_PORT,
    url: DEMO_URL,
    locale: 'en',
    help: false,
  };
  const args = [...argv];
  const value = (flag: string): string => {
    const next = args.shift();
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  while (args.length) {
    const raw = args.shift()!;
    // Accept --flag=value as well as --flag value.
    const [flag, inline] = raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
    if (inline !== undefined) args.unshift(inline);
    switch (flag) {
      case '--browser': {
        const name = value(flag);
        if (name === 'chrome' || name === 'chromium') options.browser = 'chromium';
        else if (name === 'firefox' || name === 'firefox-esr') options.browser = 'firefox';
        else throw new UsageError(`unknown browser "${name}": use chromium or firefox`);
        break;
      }
      case '--headless':
        options.headless = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--port': {
        const text = value(flag);
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${text}"`);
        options.port = port;
        break;
      }
      case '--url': {
        const url = value(flag);
        if (!/^http:\/\//.test(url)) throw new UsageError(`--url must be an http:// address (test sites are plain HTTP), not "${url}"`);
        options.url = url;
        break;
      }
      case '--screenshot':
        options.screenshot = value(flag);
        break;
      case '--locale': {
        const locale = value(flag);
        if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale must be en or fr, not "${locale}"`);
        options.locale = locale;
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${raw}"`);
    }
  }
  return options;
}

export interface Machine {
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
  platform: string;
}

export function browserPath(browser: StartBrowser, env: Machine['env']): string {
  return browser === 'chromium' ? (env.CHROMIUM_PATH ?? '/usr/bin/chromium') : (env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
}

/** Each reason the chosen run cannot work here, with what to do about it; empty when all is well. */
export function preflight(options: StartOptions, machine: Machine): string[] {
  const problems: string[] = [];
  const binary = browserPath(options.browser, machine.env);
  if (!machine.exists(binary)) {
    problems.push(
      options.browser === 'chromium'
        ? `Chromium was not found at ${binary}. Install it with \`sudo apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium or Chrome binary.`
        : `Firefox was not found at ${binary}. Install it with \`sudo apt-get install firefox-esr\`, or set FIREFOX_PATH to a Firefox binary (version 128 or later).`,
    );
  }
  const graphical = machine.platform !== 'linux' || Boolean(machine.env.DISPLAY || machine.env.WAYLAND_DISPLAY);
  if (!options.headless && !graphical) {
    problems.push(
      'There is no display to open a browser window on ($DISPLAY is not set). ' +
        'Run it under a virtual display with `xvfb-run npm start` (sudo apt-get install xvfb), ' +
        'or `npm start -- --headless` to load the demo site without a window and save a screenshot.',
    );
  }
  return problems;
}
