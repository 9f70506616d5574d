import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../shared/model';
import { readPastMinutesFile } from '../../../electron/backend/past-minutes/read-past-minutes';
import { printFixture } from '../../support/past-minutes/print-fixture';
import { requireTool } from '../export/tools';
import { comparable, MINUTES_MARKUP, valid } from './fixture';

/*
 * .odt and .rtf files are made here from the fixture's .docx by LibreOffice, as a clerk's older files were made by
 * their word processors; the reader turns them back into .docx through LibreOffice and reads that.
 */
describe('reading minutes from OpenDocument and rich text files, through LibreOffice', () => {
  let dir: string;
  let source: SourceDocument;

  /** The fixture's Word file converted by LibreOffice to `format`, with a profile of its own. */
  const convert = (format: 'odt' | 'rtf'): Uint8Array => {
    const out = path.join(dir, format);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, `profile-${format}`)).href}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        out,
        path.join(dir, 'minutes.docx'),
      ],
      { stdio: 'ignore', timeout: 110_000 },
    );
    return new Uint8Array(readFileSync(path.join(out, `minutes.${format}`)));
  };

  beforeAll(async () => {
    requireTool('soffice');
    dir = mkdtempSync(path.join(os.tmpdir(), 'minute-book-convert-test-'));
    const printed = await printFixture(MINUTES_MARKUP, 'minutes');
    source = printed.source;
    writeFileSync(path.join(dir, 'minutes.docx'), printed.docx);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['odt', 'rtf'] as const)('reads a .%s back to the blocks it was made from', async (format) => {
    const bytes = convert(format);
    const read = valid(await readPastMinutesFile({ bytes, fileName: `Minutes 2011.${format}` }));
    expect(read.format).toBe(format);
    expect(read.fileName).toBe(`Minutes 2011.${format}`);
    expect(comparable(read)).toEqual(comparable(source));
    // The review screen numbers the converted document's lines as it would the Word file's.
    expect(read.lines.slice(0, 3)).toEqual(['Health and Wellbeing Board', 'Minutes of the meeting held on Tuesday 5 December 2024', 'Present']);
  });

  it('says LibreOffice made nothing of a file it cannot read', async () => {
    const bytes = new Uint8Array(Buffer.from('{\\rtf1 \\unknowngroup{'.padEnd(64, '\u0000')));
    await expect(readPastMinutesFile({ bytes, fileName: 'broken.rtf' })).rejects.toMatchObject({
      code: expect.stringMatching(/^(damaged|no-text)$/),
    });
  });
});
