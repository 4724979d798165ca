import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['actions/**/src/**/*.ts'],
      exclude: [
        '**/*.test.ts',
        'actions/common/src/testing.ts',
        // The @actions/core adapter (inputs, outputs, annotations, job summary, setFailed): it needs a
        // runner's environment and process, so the action-tests run it through the built bundles
        // (action-tests/coverage.test.ts and every other action-tests/<gate>.test.ts).
        'actions/common/src/github.ts',
        // The bundle's entry points (process streams, EPIPE, lazy imports): run by every built
        // dist/<action>/index.js and dist/cli/index.js in action-tests/*.test.ts (e.g. action-tests/cli.test.ts).
        'actions/common/src/entry.ts',
      ],
      reporter: ['text-summary', 'lcov', 'cobertura'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['./vitest.setup.ts'],
          include: ['actions/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'action',
          include: ['action-tests/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
