import { stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Unknown types are served as bytes, never sniffed into something executable (nosniff is set too). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Vite names every file it puts in `assets/` for a hash of its content, so a name never changes meaning. */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[\w-]{8}\.\w+$/;

/**
 * How long the browser may keep a file. The page carries the token in its address, so it must not linger in caches.
 * A hashed asset can be kept for good: the next version of the app has other names. Kept, the browser also keeps
 * its compiled script, so opening the app again does not compile it again.
 */
export function cacheControlFor(file: string): string {
  if (file.endsWith('.html')) return 'no-store';
  return HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export type StaticTarget = { readonly kind: 'file'; readonly file: string } | { readonly kind: 'refused' } | { readonly kind: 'missing' };

/**
 * Maps a URL path to a file inside `root`. Anything that could step outside — `..` segments (raw or
 * percent-encoded), backslashes, NUL, dot-files — is refused outright rather than normalised away, so a
 * traversal attempt is never quietly answered with some other file. Paths without an extension fall back to
 * index.html, so the renderer's own routes survive a reload.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<StaticTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return { kind: 'refused' };

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'refused' };

  const found = await fileAt(file === base ? path.join(base, 'index.html') : file);
  if (found !== undefined) return { kind: 'file', file: found };
  if (path.extname(file) === '') {
    const index = await fileAt(path.join(base, 'index.html'));
    if (index !== undefined) return { kind: 'file', file: index };
  }
  return { kind: 'missing' };
}

async function fileAt(file: string): Promise<string | undefined> {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      return (await stat(index)).isFile() ? index : undefined;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
