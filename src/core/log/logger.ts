/**
 * The log line is an allowlist: only these fields exist, so content cannot reach a log.
 * Runtime entries pass the writer (Node: JSON lines on stdout in pino's format, runtime/node/logger.ts;
 * workerd: a pino instance writing console JSON lines).
 */
export interface RequestLogLine {
  msg: 'request';
  request_id: string;
  tenant: string;
  provider: string;
  route: string;
  endpoint: string;
  model?: string;
  stream: boolean;
  status: number;
  outcome: string;
  refusal?: string;
  latency_ms: number;
  upstream_latency_ms?: number;
  tokens?: { input: number; output: number };
  redactions: Record<string, number>;
  no_training: string[];
  review_ids?: string[];
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
