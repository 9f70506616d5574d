import { createHash, timingSafeEqual } from 'node:crypto';
import { FileId } from '../../shared/api/exports';
import { unguessableId } from './ids';

/** A fresh token for each run of browser mode: 24 random bytes, URL-safe. */
export function newToken(): string {
  return unguessableId();
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

/**
 * A browser says where a request comes from in `Sec-Fetch-Site`: a made file may be fetched by our own page
 * (`same-origin`) or opened directly (`none`), never by another site's page, nor by another server's page on this
 * machine (`same-site`: every port of 127.0.0.1 is the same site). Clients that are not browsers send nothing.
 */
export function fetchSiteAllowed(site: string | string[] | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The id of a made file from its download path, if it is one: anything else is not found. */
export function fileIdFromPath(pathname: string, filesPath: string): string | undefined {
  if (!pathname.startsWith(filesPath)) return undefined;
  const id = pathname.slice(filesPath.length);
  return FileId.safeParse(id).success ? id : undefined;
}
