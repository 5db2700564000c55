import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // `npm test` runs both: the Node suite, and the workerd suite (vitest.workerd.config.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/workerd/**', 'node_modules/**'],
        },
      },
      './vitest.workerd.config.ts',
    ],
  },
});
