import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheProfile, readCodeCache, writeCodeCache } from '../../../../../electron/backend/cli/code-cache';

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
    expect(writeCodeCache(path.join(dir, 'missing', 'cli.cjs.other.v8cache'), new Uint8Array([1]))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
