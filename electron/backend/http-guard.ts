import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh token for each run of browser mode: 24 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Compares in constant time. Hashing first gives both sides the same length, so the comparison leaks neither
 * the token's length nor how much of a guess was right.
 */
export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined || given === '') return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/**
 * A DNS-rebinding page reaches 127.0.0.1 under its own host name; refusing every Host but ours shuts it out even
 * before the token is checked.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-site requests; only our own page may call us. No Origin is a same-origin GET or a non-browser client. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Method names are `area.verb`; anything else never reaches dispatch. */
export function methodFromPath(pathname: string, apiPath: string): string | undefined {
  if (!pathname.startsWith(apiPath)) return undefined;
  const name = pathname.slice(apiPath.length);
  return /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/.test(name) && name.length <= 100 ? name : undefined;
}
