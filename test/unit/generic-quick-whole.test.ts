// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { quickCheck } from '../../utils/consent/generic';

const bigFeed = () => `<div id="feed">${'<article><h2>Story</h2><p>Some long text about the news of the day.</p></article>'.repeat(200)}</div>`;

describe('quickCheck(doc, null): the watcher lost track of the additions (a first render)', () => {
  it('finds a dialog deep inside a big subtree, and then not again until something changes', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = `${bigFeed()}<h1>News</h1>`;
    doc.getElementById('feed')!.insertAdjacentHTML('beforeend', '<div class="cookie-box"><p>We use cookies on this website.</p><button>Reject all</button></div>');
    expect(quickCheck(doc, null)).toBe(true);
    expect(quickCheck(doc, null)).toBe(false);
  });
  it('runs no query on a big page whose text has no consent word at all (a busy feed)', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = `${bigFeed()}<h1>News</h1>`;
    const feed = doc.getElementById('feed')!;
    const inFeed = vi.spyOn(feed, 'querySelectorAll');
    const inDoc = vi.spyOn(doc, 'querySelectorAll');
    expect(quickCheck(doc, null)).toBe(false);
    feed.insertAdjacentHTML('afterbegin', '<article><h2>Live</h2><p>More news.</p></article>');
    expect(quickCheck(doc, null)).toBe(false);
    expect(inFeed).not.toHaveBeenCalled();
    expect(inDoc).not.toHaveBeenCalled();
  });
  it('looks again at a root that changed while nobody kept track of the additions', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = '<div id="app"><p>Loading the shop…</p></div>';
    expect(quickCheck(doc, null)).toBe(false);
    doc.getElementById('app')!.insertAdjacentHTML('beforeend', '<div><p>Nous utilisons des cookies sur ce site.</p><button>Refuser</button></div>');
    expect(quickCheck(doc, null)).toBe(true);
  });
  it('is false on a big page without a notice, and a later addition inside it is still seen', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = bigFeed();
    expect(quickCheck(doc, null)).toBe(false);
    const late = doc.createElement('div');
    late.innerHTML = '<p>Ce site utilise des cookies et vos données.</p><button>Refuser</button>';
    doc.getElementById('feed')!.append(late);
    expect(quickCheck(doc, [late])).toBe(true);
  });
  it('given the added nodes, still looks inside a big subtree added at once', () => {
    const doc = new Window().document as unknown as Document;
    doc.body.innerHTML = '<div id="app"></div>';
    expect(quickCheck(doc, [])).toBe(false);
    const shell = doc.createElement('div');
    shell.innerHTML = `${bigFeed()}<div class="consent"><p>We use cookies on this site.</p><button>OK</button></div>`;
    doc.getElementById('app')!.append(shell);
    expect(quickCheck(doc, [shell])).toBe(true);
  });
});
