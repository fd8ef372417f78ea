/**
 * `npm start`: builds the extension, serves the demo shop and opens a browser with the extension loaded on it.
 * `npm start -- --help` for the options. The browser launch is the test harness's, so what a person sees here
 * is what the end-to-end tests see.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, launchFirefox, ARTIFACTS, CHROME_DIR, FIREFOX_DIR } from '../test/harness/browsers';
import { ROOT, startSiteServer, type SiteServer } from '../test/harness/site-server';
import { USAGE, UsageError, parseStartArgs, preflight, browserPath, type StartOptions } from './lib/start-options';

function fail(message: string): never {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

function build(options: StartOptions): void {
  const wxt = path.join(ROOT, 'node_modules/.bin/wxt');
  if (!fs.existsSync(wxt)) fail('WXT is not installed: run `npm install` first.');
  const runs = [['build']];
  if (options.browser === 'firefox') runs.push(['build', '-b', 'firefox', '--mv3']);
  for (const args of runs) {
    console.log(`> wxt ${args.join(' ')}`);
    const result = spawnSync(wxt, args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) fail(`\`wxt ${args.join(' ')}\` failed (see above).`);
  }
}

async function serve(port: number): Promise<SiteServer> {
  try {
    return await startSiteServer(port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      fail(`port ${port} is already in use (another \`npm start\`?). Close it, or choose another with \`npm start -- --port N\`.`);
    }
    throw e;
  }
}

interface Opened {
  /** Resolves when the person closes the browser (or it dies). */
  closed: Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

async function open(options: StartOptions, server: SiteServer): Promise<Opened> {
  const launchOptions = { proxy: server.proxy, headless: options.headless, locale: options.locale };
  if (options.browser === 'chromium') {
    const browser = await launchChromium(launchOptions);
    const blank = browser.context.pages();
    const page = await browser.context.newPage();
    // The window opens with an empty tab: the demo site takes its place.
    for (const other of blank) if (other.url() === 'about:blank') await other.close();
    await page.goto(options.url, { waitUntil: 'load' });
    return {
      closed: new Promise((resolve) => browser.context.on('close', () => resolve())),
      screenshot: async (file) => void (await page.screenshot({ path: file })),
      close: () => browser.close(),
    };
  }
  const browser = await launchFirefox(launchOptions);
  const pages = await browser.browser.pages();
  const page = pages.find((p) => p.url() === 'about:blank') ?? (await browser.browser.newPage());
  await page.goto(options.url, { waitUntil: 'load' });
  return {
    closed: new Promise((resolve) => browser.browser.on('disconnected', () => resolve())),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => browser.close(),
  };
}

async function main(): Promise<void> {
  let options: StartOptions;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(`${e.message}\n\n${USAGE}`);
    throw e;
  }
  if (options.help) return void console.log(USAGE);
  const problems = preflight(options, { env: process.env, exists: fs.existsSync, platform: process.platform });
  if (problems.length) fail(problems.join('\n\n'));

  if (options.build) build(options);
  const extensionDir = options.browser === 'chromium' ? CHROME_DIR : FIREFOX_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    fail(`no built extension in ${path.relative(ROOT, extensionDir)}: run \`npm start\` without --no-build.`);
  }

  const server = await serve(options.port);
  console.log(`Demo sites served on ${server.proxy} (the browser uses it as its proxy, so nothing leaves this machine).`);
  let opened: Opened;
  try {
    opened = await open(options, server);
  } catch (e) {
    await server.close();
    fail(`could not start ${options.browser} (${browserPath(options.browser, process.env)}): ${(e as Error).message}`);
  }

  if (options.headless) {
    const file = path.resolve(options.screenshot ?? path.join(ARTIFACTS, `start-${options.browser}.png`));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Let the consent banner (or the extension's handling of it) settle before the picture.
    await new Promise((r) => setTimeout(r, 1500));
    await opened.screenshot(file);
    console.log(`Loaded ${options.url} in headless ${options.browser} with the extension; screenshot: ${file}`);
    await opened.close();
    await server.close();
    return;
  }

  console.log(`${options.browser} is open on ${options.url} with Consent Keeper loaded. Close the browser (or press Ctrl+C) to stop.`);
  const stop = async () => {
    await opened.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await opened.closed;
  await server.close();
  console.log('Browser closed; demo server stopped.');
}

await main();
