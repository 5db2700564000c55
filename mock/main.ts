/** `tsx mock/main.ts [--port N]`: the mock provider as its own process (benchmarks, manual tries). */
import { startMockProvider } from './server.ts';
import { allMockHandlers } from './handlers.ts';

const arg = process.argv.find((a) => a.startsWith('--port='));
// Standalone, nobody reads what it received, so it keeps nothing (MOCK_RECORD=1 to keep it).
const mock = await startMockProvider({ port: arg ? Number(arg.split('=')[1]) : 0, handlers: allMockHandlers(), record: process.env.MOCK_RECORD === '1' });
process.stdout.write(`${JSON.stringify({ mock: mock.url })}\n`);
process.on('SIGTERM', () => void mock.close().then(() => process.exit(0)));
