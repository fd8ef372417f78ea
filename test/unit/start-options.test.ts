import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, DEMO_URL, parseStartArgs, preflight, UsageError, type Machine } from '../../scripts/lib/start-options';

const everything: Machine = { env: { DISPLAY: ':0' }, exists: () => true, platform: 'linux' };

describe('npm start options', () => {
  it('opens Chromium, headed, on the demo shop at the fixed port, after a build, by default', () => {
    expect(parseStartArgs([])).toEqual({
      browser: 'chromium', headless: false, build: true, port: DEFAULT_PORT, url: DEMO_URL, locale: 'en', help: false,
    });
  });

  it('reads each option, as --flag value or --flag=value', () => {
    const options = parseStartArgs(['--browser', 'firefox', '--headless', '--no-build', '--port=0', '--screenshot', 'x.png', '--locale', 'fr', '--url', 'http://tac.example.fr/']);
    expect(options).toMatchObject({ browser: 'firefox', headless: true, build: false, port: 0, screenshot: 'x.png', locale: 'fr', url: 'http://tac.example.fr/' });
    expect(parseStartArgs(['--browser=chrome']).browser).toBe('chromium');
  });

  it('refuses what it does not understand, saying what is wrong', () => {
    expect(() => parseStartArgs(['--browser', 'opera'])).toThrow(/unknown browser "opera"/);
    expect(() => parseStartArgs(['--port', '99999'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--port', 'abc'])).toThrow(/--port must be a number/);
    expect(() => parseStartArgs(['--port'])).toThrow(/--port needs a value/);
    expect(() => parseStartArgs(['--url', 'https://shop.example.fr/'])).toThrow(/plain HTTP/);
    expect(() => parseStartArgs(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});

describe('npm start preflight', () => {
  it('finds nothing wrong when the browser exists and there is a display', () => {
    expect(preflight(parseStartArgs([]), everything)).toEqual([]);
  });

  it('says how to install a missing browser', () => {
    const none: Machine = { ...everything, exists: () => false };
    expect(preflight(parseStartArgs([]), none)[0]).toMatch(/Chromium was not found at \/usr\/bin\/chromium.*apt-get install chromium/);
    expect(preflight(parseStartArgs(['--browser', 'firefox']), none)[0]).toMatch(/apt-get install firefox-esr/);
    const custom: Machine = { ...everything, env: { ...everything.env, FIREFOX_PATH: '/opt/ff' }, exists: (f) => f !== '/opt/ff' };
    expect(preflight(parseStartArgs(['--browser', 'firefox']), custom)[0]).toMatch(/not found at \/opt\/ff/);
  });

  it('says there is no display and suggests xvfb-run or --headless, but lets --headless run without one', () => {
    const headlessMachine: Machine = { ...everything, env: {} };
    const [problem] = preflight(parseStartArgs([]), headlessMachine);
    expect(problem).toMatch(/\$DISPLAY is not set/);
    expect(problem).toMatch(/xvfb-run npm start/);
    expect(problem).toMatch(/--headless/);
    expect(preflight(parseStartArgs(['--headless']), headlessMachine)).toEqual([]);
    expect(preflight(parseStartArgs([]), { ...headlessMachine, env: { WAYLAND_DISPLAY: 'wayland-0' } })).toEqual([]);
  });
});
