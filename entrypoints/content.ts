import { sendMessage } from '@/utils/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main() {
    // Choices come from the background, which owns settings and the public-suffix list: the content
    // script runs on every page and stays small.
    const choices = await sendMessage({ type: 'get-choices', url: location.href }).catch(() => null);
    if (!choices || choices.paused) return;
  },
});
