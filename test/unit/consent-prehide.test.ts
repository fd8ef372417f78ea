// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HELD_ATTR, installPrehide } from '../../utils/consent/watch/prehide';

const entries = [
  { id: 'a', prehide: ['html.a-open #a'] },
  { id: 'b', prehide: ['#b'] },
];
const sheet = () => Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('');
const frames = (n: number) => new Promise((r) => setTimeout(r, n * 40));

describe('prehide', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.documentElement.className = '';
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
  });

  it('holds a banner hidden after its manager drops the state class, while it is answered', () => {
    const prehide = installPrehide(document, entries);
    document.documentElement.classList.add('a-open');
    const release = prehide.hold('a');
    document.documentElement.classList.remove('a-open'); // the manager closes its banner
    expect(document.getElementById('a')!.hasAttribute(HELD_ATTR)).toBe(true);
    expect(sheet()).toContain(`[${HELD_ATTR}]{opacity:0!important`);
    expect(sheet()).toContain('transition:none!important');
    release();
    expect(document.getElementById('a')!.hasAttribute(HELD_ATTR)).toBe(false);
  });

  it('stops prehiding an answered rule (only that rule) once its exit is over', async () => {
    const prehide = installPrehide(document, entries);
    document.documentElement.classList.add('a-open');
    const release = prehide.hold('a');
    prehide.answered('a');
    release();
    // Still held until the settle check has run.
    expect(document.getElementById('a')!.hasAttribute(HELD_ATTR)).toBe(true);
    await frames(5);
    expect(document.getElementById('a')!.hasAttribute(HELD_ATTR)).toBe(false);
    expect(sheet()).not.toContain('#a');
    expect(sheet()).toContain('#b{');
  });

  it('shows everything again on remove', () => {
    const prehide = installPrehide(document, entries);
    prehide.hold('b');
    prehide.remove();
    expect(document.getElementById('b')!.hasAttribute(HELD_ATTR)).toBe(false);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('prehide in frames', () => {
  it('hides a frame-only rule\'s selectors only in frames at its URL', () => {
    document.head.innerHTML = '';
    const frameOnly = [{ id: 'f', prehide: ['#panel'], frameUrl: '^https?://consent\\.frame\\.test/' }];
    installPrehide(document, frameOnly);
    expect(document.URL).not.toMatch(/consent\.frame\.test/);
    expect(Array.from(document.querySelectorAll('style'), (s) => s.textContent).join('')).not.toContain('#panel');
  });
});
