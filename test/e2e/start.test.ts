import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/site-server';

/** Runs `npm start -- …` as a person would, and gives its exit code and output. */
function npmStart(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.DISPLAY; // --headless must work on a machine with no display at all (CI).
    const child = spawn('npm', ['start', '--', ...args], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('npm start', () => {
  for (const browser of ['chromium', 'firefox']) {
    it(`--headless --browser ${browser} loads the demo shop with the extension, saves a screenshot and exits 0`, async () => {
      const shot = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ck-start-')), `${browser}.png`);
      const { code, output } = await npmStart(['--headless', '--no-build', '--browser', browser, '--port', '0', '--screenshot', shot]);
      expect(code, output).toBe(0);
      expect(output).toContain(`Loaded http://shop.example.fr/ in headless ${browser} with the extension`);
      const png = fs.readFileSync(shot);
      expect(png.subarray(0, 4).equals(PNG)).toBe(true);
      // A blank or error page compresses to a few kilobytes; the shop with its banner is far larger.
      expect(png.length).toBeGreaterThan(30_000);
    }, 120_000);
  }

  it('without a display and without --headless, exits 1 and says what to do', async () => {
    const { code, output } = await npmStart(['--no-build', '--port', '0']);
    expect(code).toBe(1);
    expect(output).toMatch(/\$DISPLAY is not set/);
    expect(output).toMatch(/xvfb-run npm start/);
  }, 60_000);
});
