/** Plain data the content script snapshots from a page, so finding the policy is testable in Node. */
export interface LinkInfo {
  href: string;
  text?: string;
  title?: string;
  ariaLabel?: string;
  rel?: string;
}

export interface PageInfo {
  /** The page's URL. */
  url: string;
  links: LinkInfo[];
  /** Raw text of every <script type="application/ld+json">. */
  jsonLd?: string[];
}

export type LinkKind = 'privacy' | 'legal';

export interface RankedLink {
  url: string;
  kind: LinkKind;
  score: number;
  /** Same registrable site as the page (only those are fetched). */
  sameSite: boolean;
}
