import { collectPageInfo } from '@/utils/rights/find/page-info';

/**
 * Injected by the background into a tab's top frame when the popup asks for its privacy contact: the page's
 * links for the contact finder, and its declared language, which letters default to.
 */
export default defineUnlistedScript(() => ({ ...collectPageInfo(document), lang: document.documentElement.lang || null }));
