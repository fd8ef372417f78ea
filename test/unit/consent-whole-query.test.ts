// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { matchesWhole, splitById } from '../../utils/consent/watch/whole-query';

const ALTS = ['#cmpbox', '#cookiefirst-root [data-cookiefirst-widget=banner]', '#cc--main', '.klaro', 'div[id^="sp_message_container_"]', '#a\\:b', 'html.x #late'];

describe('splitById', () => {
  it('looks up plain leading ids, and leaves escaped ids and other selectors to a query each', () => {
    const q = splitById(ALTS);
    expect(q.byId).toEqual([
      ['cmpbox', '#cmpbox'],
      ['cookiefirst-root', '#cookiefirst-root [data-cookiefirst-widget=banner]'],
      ['cc--main', '#cc--main'],
    ]);
    expect(q.rest).toEqual(['.klaro', 'div[id^="sp_message_container_"]', '#a\\:b', 'html.x #late']);
  });
});

describe('matchesWhole: the same answer as one querySelector of every alternative', () => {
  const q = splitById(ALTS);
  const cases: [string, string][] = [
    ['nothing', '<main><p id="cmpbox-not">x</p></main>'],
    ['an id', '<div id="cmpbox"></div>'],
    ['an id as ancestor, the banner inside', '<div id="cookiefirst-root"><section><div data-cookiefirst-widget="banner"></div></section></div>'],
    ['an id as ancestor, no banner inside', '<div id="cookiefirst-root"><div data-cookiefirst-widget="modal"></div></div>'],
    ['a class', '<div class="klaro"></div>'],
    ['an attribute prefix', '<div id="sp_message_container_123"></div>'],
    ['an escaped id', '<div id="a:b"></div>'],
    ['an id that needs a state on html', '<div id="late"></div>'],
  ];
  for (const [name, html] of cases) {
    it(name, () => {
      document.body.innerHTML = html;
      expect(matchesWhole(document, q)).toBe(document.querySelector(ALTS.join(',')) !== null);
    });
  }
  it('finds the id and state selector once <html> has the state', () => {
    document.body.innerHTML = '<div id="late"></div>';
    expect(matchesWhole(document, q)).toBe(false);
    document.documentElement.classList.add('x');
    expect(matchesWhole(document, q)).toBe(true);
    document.documentElement.classList.remove('x');
  });
});
