import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreFile, SCHEMA_VERSION } from '../../../shared/model';
import { describeIssues } from '../../../electron/backend/store/codecs';
import { DurableJsonAdapter } from '../../../electron/backend/store/durable-adapter';
import { ensureDir, writeFileDurable } from '../../../electron/backend/store/durable-file';
import { emptyCoreFile } from '../../../electron/backend/store/load-core';
import { StoreError } from '../../../electron/backend/store/store-error';
import { board, removeDir, tempDir } from './records';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  vi.restoreAllMocks();
  removeDir(dir);
});

const decodeCore = (json: unknown) => {
  const result = CoreFile.safeParse(json);
  return result.success ? ({ ok: true, value: result.data } as const) : ({ ok: false, reason: describeIssues(result.error) } as const);
};

describe('writeFileDurable', () => {
  it('replaces the whole file and leaves no temporary file behind', () => {
    const file = path.join(dir, 'data.json');
    writeFileDurable(file, 'first version, quite long');
    writeFileDurable(file, 'second');
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(fs.readdirSync(dir)).toEqual(['data.json']);
  });

  it('flushes the new file and then its folder before returning', () => {
    const file = path.join(dir, 'data.json');
    const calls: string[] = [];
    const fsync = vi.spyOn(fs, 'fsyncSync').mockImplementation(() => void calls.push('fsync'));
    const rename = vi.spyOn(fs, 'renameSync');
    rename.mockImplementation((from, to) => {
      calls.push('rename');
      rename.mockRestore();
      fs.renameSync(from, to);
    });
    writeFileDurable(file, 'content');
    expect(calls).toEqual(['fsync', 'rename', 'fsync']);
    expect(fsync).toHaveBeenCalledTimes(2);
  });

  it('keeps the old content when writing the new one fails', () => {
    const file = path.join(dir, 'data.json');
    writeFileDurable(file, 'safe');
    vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    expect(() => writeFileDurable(file, 'lost')).toThrow('disk full');
    expect(fs.readFileSync(file, 'utf8')).toBe('safe');
    expect(fs.readdirSync(dir)).toEqual(['data.json']);
  });

  it('creates nested folders', () => {
    const nested = path.join(dir, 'a', 'b', 'c');
    ensureDir(nested);
    expect(fs.statSync(nested).isDirectory()).toBe(true);
  });
});

describe('DurableJsonAdapter', () => {
  const core = (): CoreFile => ({ ...emptyCoreFile(), boards: [board()] });

  it('reads back what it wrote, validated', () => {
    const adapter = new DurableJsonAdapter(path.join(dir, 'core.json'), decodeCore);
    adapter.write(core());
    expect(adapter.read()).toEqual(core());
  });

  it('reads a missing file as null, so lowdb keeps its default data', () => {
    expect(new DurableJsonAdapter(path.join(dir, 'none.json'), decodeCore).read()).toBeNull();
  });

  it('refuses a file that is not JSON, or not in the data format, as unreadable', () => {
    const file = path.join(dir, 'core.json');
    const adapter = new DurableJsonAdapter(file, decodeCore);
    fs.writeFileSync(file, '{"schemaVersion": 2, "boards": [');
    expect(() => adapter.read()).toThrow(StoreError);
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION, boards: [{ id: 'x' }], people: [], memberships: [], meetings: [] }));
    expect(() => adapter.read()).toThrow(/boards\.0\.name/);
  });
});
