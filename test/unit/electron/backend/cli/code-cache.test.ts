import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cacheProfile,
  codeCacheFile,
  readCodeCache,
  removeOtherBuilds,
  userCacheDir,
  writeCodeCache,
} from '../../../../../electron/backend/cli/code-cache';

describe('cacheProfile', () => {
  it('keeps one cache per render format, and one for packs', () => {
    expect(cacheProfile(['render', 'm1', '--kind', 'minutes', '--format', 'pdf', '--out', 'a.pdf'])).toBe('render-pdf');
    expect(cacheProfile(['render', 'm1', '--kind', 'minutes', '--format', 'docx', '--out', 'a.docx'])).toBe('render-docx');
    expect(cacheProfile(['render', 'm1', '--kind', 'pack', '--public', '--out', 'p.pdf'])).toBe('render-pack');
    expect(cacheProfile(['--data', '/tmp/x', 'render', 'm1', '--kind', 'agenda'])).toBe('render');
  });

  it('names other commands by the command, and anything unknown "other", whatever else is passed', () => {
    expect(cacheProfile(['serve', '--port', '8080'])).toBe('serve');
    expect(cacheProfile(['--version'])).toBe('other');
    expect(cacheProfile(['../../etc/passwd'])).toBe('other');
    expect(cacheProfile(['render', 'm1', '--format', '../x'])).toBe('render');
  });
});

describe('the code cache files', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what was written, and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
    dirs.push(dir);
    const file = path.join(dir, 'cli.cjs.render-pdf.v8cache');
    expect(readCodeCache(file)).toBeUndefined();
    expect(writeCodeCache(file, new Uint8Array([1, 2, 3]))).toBe(true);
    expect([...(readCodeCache(file) ?? [])]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(['cli.cjs.render-pdf.v8cache']);
  });

  it('reports, without throwing, a cache it cannot write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'a-file'), '');
    expect(writeCodeCache(path.join(dir, 'a-file', 'cli.cjs.other.v8cache'), new Uint8Array([1]))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['a-file']);
  });

  it("are named for the build of the bundle, and a new build's caches replace the old ones", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
    dirs.push(dir);
    const bundle = path.join(dir, 'cli.cjs');
    fs.writeFileSync(bundle, 'one build');
    const first = codeCacheFile(path.join(dir, 'cache'), bundle, 'render-pdf');
    writeCodeCache(first, new Uint8Array([1]));
    fs.writeFileSync(bundle, 'another build, longer');
    const second = codeCacheFile(path.join(dir, 'cache'), bundle, 'render-pdf');
    expect(second).not.toBe(first);
    writeCodeCache(second, new Uint8Array([2]));
    removeOtherBuilds(second);
    expect(fs.readdirSync(path.join(dir, 'cache'))).toEqual([path.basename(second)]);
  });
});

describe('userCacheDir', () => {
  it("is the user's own cache folder on each system, or MINUTE_BOOK_CACHE", () => {
    expect(userCacheDir({ platform: 'linux', env: {}, home: '/home/clerk' })).toBe('/home/clerk/.cache/minute-book');
    expect(userCacheDir({ platform: 'linux', env: { XDG_CACHE_HOME: '/var/cache/clerk' }, home: '/home/clerk' })).toBe(
      '/var/cache/clerk/minute-book',
    );
    expect(userCacheDir({ platform: 'darwin', env: {}, home: '/Users/clerk' })).toBe('/Users/clerk/Library/Caches/Minute Book');
    expect(userCacheDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:/Users/clerk/AppData/Local' }, home: 'C:/Users/clerk' })).toBe(
      path.join('C:/Users/clerk/AppData/Local', 'Minute Book', 'Cache'),
    );
    expect(userCacheDir({ platform: 'linux', env: { MINUTE_BOOK_CACHE: '/tmp/mb-cache' }, home: '/home/clerk' })).toBe('/tmp/mb-cache');
  });
});

describe('the built CLI', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes its code cache into the user's cache folder and nothing into dist/", () => {
    const root = path.resolve(import.meta.dirname, '../../../../..');
    const dist = path.join(root, 'dist', 'backend');
    if (!fs.existsSync(path.join(dist, 'cli.mjs'))) throw new Error('Build first: npm run build');
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'code-cache-'));
    dirs.push(cache);
    const before = fs.readdirSync(dist).sort();
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'minute-book.mjs'), '--version'], {
      env: { ...process.env, MINUTE_BOOK_CACHE: cache },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(fs.readdirSync(dist).sort()).toEqual(before);
    expect(fs.readdirSync(cache).filter((n) => n.endsWith('-other.v8cache'))).toHaveLength(1);
  });
});
