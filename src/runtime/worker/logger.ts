import { pino } from 'pino';
import type { Logger } from '../../core/log/logger.ts';

/**
 * pino's browser build in workerd, one JSON line per event through console.log (Workers Logs,
 * `wrangler tail`). Same shape as Node: numeric level, ISO time, then the allowlisted fields.
 */
export function createWorkerLogger(level: string, write: (line: string) => void = (line) => console.log(line)): Logger {
  return pino({
    level,
    browser: {
      asObject: true,
      write: (o) => {
        const { level: lvl, time, ...rest } = o as { level: number; time: number };
        write(JSON.stringify({ level: lvl, time: new Date(time).toISOString(), ...rest }));
      },
    },
  });
}
