/**
 * A mock upstream's endless event stream for backpressure tests: writes `piece` until `total` bytes
 * have gone out or the client's side is destroyed, waiting for 'drain' (or 'close') whenever the
 * socket is full, and records what it managed in `state`.
 */
import type { ServerResponse } from 'node:http';
import { startSse } from '../../mock/types.ts';

export interface FloodState {
  written: number;
  /** The connection closed before the stream ended. */
  closedEarly: boolean;
  /** The whole stream went out, [DONE] included. */
  finished: boolean;
}

export async function writeSseFlood(res: ServerResponse, piece: string, total: number, state: FloodState): Promise<void> {
  res.on('close', () => {
    if (!res.writableFinished) state.closedEarly = true;
  });
  startSse(res);
  while (state.written < total && !res.destroyed) {
    state.written += piece.length;
    if (!res.write(piece)) await drainedOrClosed(res);
  }
  if (!res.destroyed) res.end('data: [DONE]\n\n');
  state.finished = !res.destroyed;
}

/** Resolves on the response's next 'drain' or 'close', and leaves no listener behind. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      res.off('drain', go);
      res.off('close', go);
      resolve();
    };
    res.on('drain', go);
    res.on('close', go);
  });
}
