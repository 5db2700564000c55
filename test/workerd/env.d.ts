/** Test-only bindings added in vitest.workerd.config.ts. */
declare namespace Cloudflare {
  interface Env {
    MOCK_URL: string;
    INSPECT_URL: string;
  }
}
