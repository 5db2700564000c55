import net from 'node:net';
import tls from 'node:tls';

/** What a connection reports to the exchange that currently owns it. */
export interface ConnectionOwner {
  onData(data: Buffer): void;
  onClose(error: Error | undefined): void;
  onTimeout(): void;
}

export interface Origin {
  /** `https:host:port` or `http:host:port`: the pool's key. */
  key: string;
  secure: boolean;
  hostname: string;
  port: number;
}

/**
 * One socket to an upstream origin. Its listeners are attached once and report to whichever
 * exchange owns it; idle, it belongs to the pool, which closes it after the keep-alive time.
 */
export class Connection {
  owner: ConnectionOwner | undefined;
  #closed = false;
  #closeError: Error | undefined;
  #onIdleClose: (() => void) | undefined;
  constructor(readonly socket: net.Socket, readonly origin: Origin) {
    socket.on('data', (d: Buffer) => {
      if (this.owner) this.owner.onData(d);
      else socket.destroy(); // bytes on an idle connection: it is out of step, drop it
    });
    socket.on('timeout', () => {
      if (this.owner) this.owner.onTimeout();
      else socket.destroy();
    });
    socket.on('error', (e: Error) => {
      this.#closeError ??= e;
    });
    socket.on('close', () => {
      this.#closed = true;
      const owner = this.owner;
      this.owner = undefined;
      if (owner) owner.onClose(this.#closeError ?? new Error('the upstream connection closed'));
      else this.#onIdleClose?.();
    });
  }

  get usable(): boolean {
    return !this.#closed && !this.socket.destroyed && this.socket.writable;
  }

  /** Called by the pool: what to do if the connection closes while idle. */
  whileIdle(onClose: (() => void) | undefined): void {
    this.#onIdleClose = onClose;
  }
}

export interface PoolOptions {
  /** How long an idle connection is kept (default 4 s: under the usual servers' 5 s). */
  keepAliveMs?: number;
  maxIdlePerOrigin?: number;
  /** Extra TLS options (tests pass their own CA); certificates are always verified. */
  tls?: Pick<tls.ConnectionOptions, 'ca'>;
}

/** Keep-alive connections per origin: an idle one is reused, else a new one is opened. */
export class ConnectionPool {
  readonly #idle = new Map<string, Connection[]>();
  readonly #keepAliveMs: number;
  readonly #maxIdle: number;
  readonly #tls: PoolOptions['tls'];

  constructor(opts: PoolOptions = {}) {
    this.#keepAliveMs = opts.keepAliveMs ?? 4_000;
    this.#maxIdle = opts.maxIdlePerOrigin ?? 256;
    this.#tls = opts.tls;
  }

  /** An idle connection to the origin, or a new one (connecting; writes wait for it). */
  acquire(origin: Origin): Connection {
    const idle = this.#idle.get(origin.key);
    while (idle && idle.length > 0) {
      const c = idle.pop()!;
      c.whileIdle(undefined);
      if (!c.usable) continue;
      c.socket.setTimeout(0);
      c.socket.ref();
      return c;
    }
    return this.#open(origin);
  }

  /** Back to the pool after a complete response; `keepAliveMs` from the server's hint when lower. */
  release(c: Connection, serverKeepAliveMs?: number): void {
    c.owner = undefined;
    const list = this.#idle.get(c.origin.key) ?? [];
    // A server keeping idle connections a second or less (`Keep-Alive: timeout=1`, a hint of 0 ms)
    // would close this one about when it is reused: not pooled (and setTimeout(0) would mean never).
    if (!c.usable || list.length >= this.#maxIdle || (serverKeepAliveMs !== undefined && serverKeepAliveMs <= 0)) {
      c.socket.destroy();
      return;
    }
    this.#idle.set(c.origin.key, list);
    list.push(c);
    c.whileIdle(() => {
      const at = list.indexOf(c);
      if (at !== -1) list.splice(at, 1);
    });
    // An idle connection reads, so a stray byte or the server's close is seen. A stream whose last
    // bytes came while its reader was behind ended with the socket paused (body-queue.ts), and a
    // paused socket here would hold the next request's answer unread until its timeout.
    c.socket.resume();
    c.socket.setTimeout(Math.min(this.#keepAliveMs, serverKeepAliveMs ?? Infinity));
    // An idle connection does not keep the process alive.
    c.socket.unref();
  }

  /** Closes every idle connection (shutdown, tests). */
  close(): void {
    for (const list of this.#idle.values()) for (const c of list.splice(0)) c.socket.destroy();
  }

  #open(origin: Origin): Connection {
    const socket = origin.secure
      ? tls.connect({
          host: origin.hostname,
          port: origin.port,
          ...(net.isIP(origin.hostname) === 0 && { servername: origin.hostname }),
          ALPNProtocols: ['http/1.1'],
          ...this.#tls,
        })
      : net.connect({ host: origin.hostname, port: origin.port });
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    return new Connection(socket, origin);
  }
}
