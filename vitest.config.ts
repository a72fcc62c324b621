import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CDK synthesis and DynamoDB Local start-up are slow on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts', 'lib/**/*.test.ts', 'lambdas/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // End-to-end tests drive the whole local runtime, which listens on fixed ports (the demo
        // site on 4390, the API on 4391): two of them at once fail with EADDRINUSE (seen in CI).
        // They run after the rest, one file at a time.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
