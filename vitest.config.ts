import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files share loopback servers only within themselves; files run in parallel on separate ports.
    pool: 'forks',
    // The e2e files mostly wait on loopback I/O: three at once on 2 cores takes the suite from about
    // 270 s to about 100 s here (vitest's default is one fewer worker than cores).
    maxWorkers: 3,
  },
});
