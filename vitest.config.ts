import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: plain TypeScript in Node, with WXT's fake browser for storage.
        plugins: [WxtVitest()],
        // Property tests run thousands of cases: a budget a busy 2-core CI machine meets.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // Svelte components rendered in happy-dom.
        plugins: [WxtVitest(), svelte()],
        resolve: { conditions: ['browser'] },
        test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        // Real Chromium and Firefox: one browser per file, files one after another (2-core machines).
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
