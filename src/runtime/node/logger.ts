import { pino } from 'pino';
import type { Logger } from '../../core/log/logger.ts';

/** One JSON line per event on stdout. No hostname or pid: nothing identifying beyond the allowlist. */
export function createNodeLogger(level: string): Logger {
  return pino({ level, base: null, timestamp: pino.stdTimeFunctions.isoTime });
}
