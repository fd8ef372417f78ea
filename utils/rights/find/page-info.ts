/** Content-script side: the plain PageInfo snapshot of a document (links and JSON-LD) for findContact. */
import type { PageInfo } from './types';

interface MinimalDocument {
  URL: string;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export function collectPageInfo(doc: MinimalDocument, maxLinks = 3000): PageInfo {
  const links: PageInfo['links'] = [];
  const anchors = doc.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && links.length < maxLinks; i++) {
    const a = anchors[i]!;
    links.push({
      href: a.getAttribute('href') ?? '',
      text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      title: a.getAttribute('title') ?? undefined,
      ariaLabel: a.getAttribute('aria-label') ?? undefined,
      rel: a.getAttribute('rel') ?? undefined,
    });
  }
  const jsonLd: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) jsonLd.push((scripts[i]!.textContent ?? '').slice(0, 512 * 1024));
  return { url: doc.URL, links, jsonLd };
}
