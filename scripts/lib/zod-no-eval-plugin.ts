import type { Plugin } from 'vite';

/**
 * Zod 4 probes whether `Function('')` works so it can compile faster parsers with `new Function`.
 * Extension pages and content scripts forbid eval under Manifest V3's CSP, so the probe always fails there
 * (and strict page CSPs report it as a violation); but its mere presence makes the Firefox add-on linter
 * (`web-ext lint`) warn "The Function constructor is eval". This makes the probe answer "no" without
 * running it, so Zod takes its eval-free path everywhere, and the bundle contains no Function constructor.
 */
const PROBE = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/;

export function zodNoEvalPlugin(): Plugin {
  return {
    name: 'consent-keeper:zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!PROBE.test(code)) {
        // Fail the build rather than ship a linter warning silently after a Zod update.
        this.error('zod-no-eval: allowsEval not found in zod/v4/core/util.js; update scripts/lib/zod-no-eval-plugin.ts');
      }
      return { code: code.replace(PROBE, 'export const allowsEval = /* @__PURE__*/ cached(() => false);'), map: null };
    },
  };
}
