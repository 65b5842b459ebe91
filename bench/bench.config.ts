import { defineConfig } from '@playwright/test'

/**
 * `npm run bench`: measures what users feel, as ratios against a raw IndexedDB baseline taken in
 * the same run. Not part of `npm test`: it measures, it never fails on time.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.bench.ts',
  globalSetup: './globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Seeding 100,000 contacts and measuring each figure several times takes minutes.
  timeout: 30 * 60_000,
  reporter: [['list']],
  outputDir: '../test-results/bench',
})
