// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchForBanners, type Found } from '../../utils/consent/watch/watcher';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// 'inside' first: once a check hits, the rules are told apart in table order over the whole document.
const table = [{ id: 'inside', present: ['#inside'], prehide: [] }, { id: 'deep', present: ['#deep'], prehide: [] }];

/** Changes inside the page's feed, one per task, `gapMs` apart (a ticker: a few ms). */
async function tick(times: number, gapMs = 1): Promise<void> {
  const feed = document.getElementById('feed')!;
  for (let i = 0; i < times; i++) {
    feed.insertAdjacentHTML('afterbegin', `<article><p>Live ${i}</p></article>`);
    await wait(gapMs);
  }
}

describe('watcher on a loaded page', () => {
  it('keeps watching the whole document while the page is calm', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const found: Found[] = [];
    const watch = watchForBanners(document, { table, onFound: (f) => found.push(f), afterLoadMs: 5_000 });
    // As many changes as make a busy page, but each long after the one before (a page fetching, then rendering).
    await tick(4, 300);
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<div id="deep"></div>');
    await wait(300);
    watch.stop();
    expect(found.map((f) => f.id)).toEqual(['deep']);
  });

  it('on a page that keeps changing, watches only body\'s children (and new ones whole), and looks over the document at the end', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const found: Found[] = [];
    let stopped = false;
    const watch = watchForBanners(document, {
      table,
      onFound: (f) => found.push(f),
      afterLoadMs: 1_500,
      onStop: () => (stopped = true),
    });
    await tick(6);
    // Deep inside the busy feed: not seen as it happens any more…
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<div id="deep"></div>');
    await wait(300);
    expect(found).toEqual([]);
    // …while a container added to <body> is watched whole: the banner rendered into it later is found at once.
    const host = document.createElement('div');
    document.body.append(host);
    await wait(150);
    host.insertAdjacentHTML('beforeend', '<section><div id="inside"></div></section>');
    await wait(300);
    expect(found.map((f) => f.id)).toEqual(['inside']);
    // The window's last look over the document finds the deep one, then the watch ends.
    await wait(1_200);
    expect(found.map((f) => f.id)).toEqual(['inside', 'deep']);
    expect(stopped).toBe(true);
    watch.stop();
  });

  it('watches whole only <body>\'s children added once it watches shallow, not a busy container added just before', async () => {
    document.body.innerHTML = '<main></main>';
    const found: Found[] = [];
    const watch = watchForBanners(document, { table, onFound: (f) => found.push(f), afterLoadMs: 5_000 });
    await wait(150); // the first check: every insertion is seen from here on
    // A feed put in <body>, then changing fast, all before the next check: the watch goes shallow meanwhile.
    const feed = document.createElement('div');
    document.body.append(feed);
    for (let i = 0; i < 4; i++) {
      await Promise.resolve(); // one observer call per change
      feed.insertAdjacentHTML('afterbegin', `<article><p>Live ${i}</p></article>`);
    }
    await wait(300);
    feed.insertAdjacentHTML('beforeend', '<div id="deep"></div>');
    await wait(300);
    // Deep inside the busy feed: left to the window's last look.
    expect(found).toEqual([]);
    watch.stop();
  });
});
