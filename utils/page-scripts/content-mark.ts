/**
 * Set by the content script on its isolated world's global object (the page cannot see it): the background
 * asks a tab's top frame for it (scripting.executeScript runs in that same world) to tell whether the
 * content script runs there, e.g. not in a tab opened before the extension was installed. The content
 * script itself sends nothing on a page without a banner.
 */
export const CONTENT_SCRIPT_MARK = '__consentKeeperContent';

