import { defineConfig } from 'vitest/config'

/** `npm run test:soak`: the long versions of the kill tests (`*.soak.ts`), not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['src/**/*.soak.ts'],
    environment: 'node',
    testTimeout: 3_600_000,
  },
})
