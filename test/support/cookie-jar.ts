/**
 * A minimal cookie jar for web UI tests (Node and workerd alike: no node: imports): keeps what
 * Set-Cookie sets and sends it back.
 */
export function cookieJar() {
  const jar = new Map<string, string>();
  return {
    keep(res: Response): void {
      for (const c of res.headers.getSetCookie()) {
        const [k, v] = c.split(';')[0]!.split('=') as [string, string];
        jar.set(k, v);
      }
    },
    header: (): string => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
  };
}
