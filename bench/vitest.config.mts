import { defineConfig } from 'vitest/config';

// `npm run bench`: each bench file measures wflo against a baseline in the same run and prints
// the ratio. Benches are not tests: they assert nothing about time.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
