import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { pastMinutesFileError } from './past-minutes-file-error';

/*
 * An old Word document (.doc), an OpenDocument text (.odt) or rich text (.rtf) → .docx, by LibreOffice, so one
 * reader (read-docx.ts) serves them all. Each conversion has its own temporary folder and LibreOffice profile: a
 * running LibreOffice (the clerk's own, or another conversion) holds a lock on its profile, and a second
 * `soffice` started with the same profile hands its work to the first and returns without converting.
 */

/** Long enough for a large .doc on a busy machine; a hung conversion is ended. */
const TIMEOUT_MS = 120_000;

export type LibreOfficeOptions = {
  /** The soffice program; `soffice` on the PATH where not given. */
  readonly libreOffice?: string | undefined;
};

export async function convertWithLibreOffice(
  bytes: Uint8Array,
  fileName: string,
  extension: 'doc' | 'odt' | 'rtf',
  options: LibreOfficeOptions,
): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'minute-book-convert-'));
  try {
    const input = path.join(folder, `source.${extension}`);
    const out = path.join(folder, 'out');
    await writeFile(input, bytes);
    const program = options.libreOffice ?? 'soffice';
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      input,
    ];
    try {
      await run(program, args);
    } catch (error) {
      if (isMissingProgram(error)) throw pastMinutesFileError.needsLibreOffice(fileName, error);
      throw pastMinutesFileError.damaged(fileName, error);
    }
    // LibreOffice says little when it cannot read a file: it just makes nothing.
    const made = await readdir(out).catch(() => []);
    const docx = made.find((name) => name.endsWith('.docx'));
    if (docx === undefined) throw pastMinutesFileError.damaged(fileName);
    return new Uint8Array(await readFile(path.join(out, docx)));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function run(program: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024, windowsHide: true }, (error) => {
      if (error === null) resolve();
      else reject(error);
    });
  });
}

const isMissingProgram = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error.code === 'ENOENT' || error.code === 'EACCES');
