// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchForBanners, type Found } from '../../utils/consent/watch/watcher';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
// 'inside' first: once a check hits, the rules are told apart in table order over the whole document.
const table = [{ id: 'inside', present: ['#inside'], prehide: [] }, { id: 'deep', present: ['#deep'], prehide: [] }];

/** Changes inside the page's feed, one per task, as a ticker makes them. */
async function tick(times: number): Promise<void> {
  const feed = document.getElementById('feed')!;
  for (let i = 0; i < times; i++) {
    feed.insertAdjacentHTML('afterbegin', `<article><p>Live ${i}</p></article>`);
    await wait(1);
  }
}

describe('watcher on a loaded page', () => {
  it('keeps watching the whole document while the page is calm', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const found: Found[] = [];
    const watch = watchForBanners(document, { table, onFound: (f) => found.push(f), afterLoadMs: 5_000 });
    await tick(5);
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
      deepChangesAfterLoad: 10,
      onStop: () => (stopped = true),
    });
    await tick(15);
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
});
