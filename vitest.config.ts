import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'UTC', NO_COLOR: '1' },
    testTimeout: 60_000,
    // HiGHS's WebAssembly is compiled before each test file (sim/io/scenario.ts readScenario does it for the CLI)
    setupFiles: ['test/setup/lp-solver.ts'],
  },
});
