// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HELD_ATTR, installPrehide, pageStylesheet, PREHIDE_ATTR } from '../../utils/consent/watch/prehide';

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

  it('switches the manifest\'s stylesheet on for the page, by an attribute on <html>', () => {
    installPrehide(document, entries);
    expect(document.documentElement.getAttribute(PREHIDE_ATTR)).toBe('');
    // Nothing of ours in the page's DOM but that attribute: the rules' CSS comes with the manifest.
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('holds a banner hidden after its manager drops the state class, while it is answered', () => {
    const prehide = installPrehide(document, entries);
    document.documentElement.classList.add('a-open');
    const release = prehide.hold('a');
    document.documentElement.classList.remove('a-open'); // the manager closes its banner
    expect(document.getElementById('a')!.hasAttribute(HELD_ATTR)).toBe(true);
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
    expect(document.documentElement.getAttribute(PREHIDE_ATTR)).toBe('-a');
    prehide.answered('b');
    await frames(3);
    expect(document.documentElement.getAttribute(PREHIDE_ATTR)).toBe('-a -b');
  });

  it('shows everything again on remove', async () => {
    const prehide = installPrehide(document, entries);
    prehide.hold('b');
    prehide.answered('b');
    prehide.remove();
    expect(document.getElementById('b')!.hasAttribute(HELD_ATTR)).toBe(false);
    expect(document.documentElement.hasAttribute(PREHIDE_ATTR)).toBe(false);
    // The hold's marking stops with it: nothing is marked again on the next frames.
    await frames(2);
    expect(document.getElementById('b')!.hasAttribute(HELD_ATTR)).toBe(false);
    // An answer settling after the page was given back does not switch the stylesheet on again.
    await frames(3);
    expect(document.documentElement.hasAttribute(PREHIDE_ATTR)).toBe(false);
  });
});

describe('the manifest\'s prehide stylesheet', () => {
  const css = pageStylesheet([...entries, { id: 'c', prehide: ['#c1, #c2', '#host >>> .inner'] }]);

  it('hides each rule\'s elements only under the attribute on the root and until that rule is answered', () => {
    // A selector that starts at <html>: the gate joins its compound.
    expect(css).toContain('html[data-ck-prehide]:not([data-ck-prehide~="-a"]).a-open #a{');
    expect(css).toContain(':root[data-ck-prehide]:not([data-ck-prehide~="-b"]) #b{');
    // Every alternative of a list gets the gate, not only the first one.
    expect(css).toContain(':root[data-ck-prehide]:not([data-ck-prehide~="-c"]) #c1,\n:root[data-ck-prehide]:not([data-ck-prehide~="-c"]) #c2{');
    // A selector into a shadow root cannot be a stylesheet's.
    expect(css).not.toContain('>>>');
    expect(css).toContain(`:root[${PREHIDE_ATTR}] [${HELD_ATTR}]{opacity:0!important`);
    expect(css).toContain('transition:none!important');
  });

  it('is one rule per consent manager, so a selector a browser cannot parse drops only that manager\'s', () => {
    expect(css.trim().split('\n').filter((line) => line.endsWith('}'))).toHaveLength(4);
  });
});

describe('prehide in frames', () => {
  it('hides a frame-only rule\'s selectors only in frames at its URL', () => {
    document.head.innerHTML = '';
    const frameOnly = [{ id: 'f', prehide: ['#panel'], frameUrl: '^https?://consent\\.frame\\.test/' }];
    const prehide = installPrehide(document, frameOnly);
    expect(document.URL).not.toMatch(/consent\.frame\.test/);
    expect(sheet()).not.toContain('#panel');
    prehide.remove();
  });

  it('gives a frame rule a <style> of its own in its frames, taken back on remove', () => {
    document.head.innerHTML = '';
    const here = [{ id: 'f', prehide: ['#panel'], frameUrl: `^${document.URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}` }];
    const prehide = installPrehide(document, here);
    expect(sheet()).toContain('#panel{opacity:0!important');
    prehide.remove();
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});
