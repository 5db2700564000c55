import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

/**
 * The workerd suite: tests run inside workerd (Miniflare) next to the Worker from wrangler.toml.
 * The mock provider runs in Node (globalSetup) and its URL reaches the Worker as bindings.
 */
export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          PLEDGE_SECRET: 'workerd-test-secret-0123456789',
          PLEDGE_ADMIN_TOKEN: 'workerd-test-admin-0123456789',
          PLEDGE_ALLOW_OPEN_MODE: '1',
          PLEDGE_OPENAI_UPSTREAM: `${inject('mockUrl')}/v1`,
          PLEDGE_ANTHROPIC_UPSTREAM: inject('mockUrl'),
          PLEDGE_GEMINI_UPSTREAM: inject('mockUrl'),
          PLEDGE_LOG_LEVEL: 'silent',
          MOCK_URL: inject('mockUrl'),
          INSPECT_URL: inject('inspectUrl'),
        },
      },
    })),
  ],
  test: {
    name: 'workerd',
    // The CPU budget runs alone (npm run worker:budgets): timing next to other suites is noise.
    include: process.env.PLEDGE_WORKER_BUDGET ? ['test/workerd/budget/*.test.ts'] : ['test/workerd/**/*.test.ts'],
    exclude: ['test/workerd/node/**', ...(process.env.PLEDGE_WORKER_BUDGET ? [] : ['test/workerd/budget/**'])],
    globalSetup: ['test/workerd/node/global-setup.ts'],
    testTimeout: 20_000,
    // One workerd for all files: startup is paid once (files share the Durable Object, tests filter by request id).
    isolate: false,
  },
});
