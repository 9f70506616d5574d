import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary cannot run here: the Save As dialog answers with what the clerk "typed", and opening is recorded.
const electron = vi.hoisted(() => ({ chosen: undefined as string | undefined, opened: [] as string[], documents: '' }));
vi.mock('electron', () => ({
  app: { getPath: () => electron.documents },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  dialog: { showSaveDialog: () => Promise.resolve({ canceled: electron.chosen === undefined, filePath: electron.chosen ?? '' }) },
  shell: {
    openPath: (file: string) => {
      electron.opened.push(file);
      return Promise.resolve('');
    },
  },
}));

const { saveAs } = await import('../../../electron/main/save-file');
const { mayOpen, saveTarget } = await import('../../../electron/main/save-file-rules');
const { SavableFile, SaveFileRequest } = await import('../../../shared/api/exports');
const { MadeFiles } = await import('../../../electron/backend/made-files');

const PDF = {
  fileName: 'RCPB 2025-06-10 minutes (public).pdf',
  mediaType: 'application/pdf',
  bytes: new Uint8Array(Buffer.from('%PDF-1.7')),
};

let dir: string;
/** The backend's made files, as the main process reaches them: in the same process, never through the page. */
let made: InstanceType<typeof MadeFiles>;
const take = (fileId: string): ReturnType<typeof made.take> => made.take(fileId);
/** What the page sends for a file the backend made. */
const request = (file: { fileName: string; mediaType: string; bytes: Uint8Array } = PDF): { fileId: string; openAfter: boolean } => ({
  fileId: made.put(file),
  openAfter: true,
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minute-book-save-'));
  electron.documents = dir;
  electron.opened = [];
  made = new MadeFiles();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('what files.saveAs may save', () => {
  it('takes an export with its own media type', () => {
    for (const [fileName, mediaType] of [
      ['a.pdf', 'application/pdf'],
      ['Actions.CSV', 'text/csv; charset=utf-8'],
      ['b.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['c.html', 'text/html; charset=utf-8'],
      ['d.ics', 'text/calendar; charset=utf-8'],
    ] as const) {
      expect(SavableFile.safeParse({ fileName, mediaType }).success, fileName).toBe(true);
    }
  });

  it('refuses any other extension, and none', () => {
    for (const fileName of ['minutes.exe', 'minutes.pdf.exe', 'run.hta', 'macro.docm', 'page.htm', 'script.js', 'minutes', 'minutes.pdf.lnk']) {
      const parsed = SavableFile.safeParse({ ...PDF, fileName });
      expect(parsed.success, fileName).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain('.pdf, .docx, .html, .csv or .ics');
    }
  });

  it('refuses folders, control and bidirectional characters and hidden names', () => {
    for (const fileName of [
      '../minutes.pdf',
      'sub/minutes.pdf',
      'C:\\Users\\clerk\\minutes.pdf',
      'minutes\u0000.pdf',
      'exe.\u202Efdp.pdf',
      '.pdf',
      'minutes.pdf.',
    ]) {
      expect(SavableFile.safeParse({ ...PDF, fileName }).success, JSON.stringify(fileName)).toBe(false);
    }
  });

  it('refuses a media type that is not the extension’s', () => {
    const parsed = SavableFile.safeParse({ ...PDF, mediaType: 'application/x-msdownload' });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['mediaType'] });
  });

  it('is asked for by the id of a file the backend made: never by its bytes or its name', () => {
    expect(SaveFileRequest.safeParse({ fileId: 'Qm9hcmQgbWludXRlcyBpbiBKdW5l', openAfter: true }).success).toBe(true);
    expect(SaveFileRequest.safeParse({ fileId: '../../etc/passwd' }).success).toBe(false);
    expect(SaveFileRequest.safeParse({ fileName: PDF.fileName, mediaType: PDF.mediaType, dataBase64: 'JVBERi0xLjc=' }).success).toBe(false);
  });
});

describe('the path the clerk chose in the Save As dialog', () => {
  it('is kept when it ends in the export’s extension, in any case', () => {
    expect(saveTarget('/home/clerk/Minutes.PDF', 'a.pdf')).toEqual({ path: '/home/clerk/Minutes.PDF', renamed: false });
  });

  it('gets the export’s extension when the clerk left it off or typed another', () => {
    expect(saveTarget('/home/clerk/minutes', 'a.pdf')).toEqual({ path: '/home/clerk/minutes.pdf', renamed: true });
    expect(saveTarget('/home/clerk/minutes.exe', 'a.pdf')).toEqual({ path: '/home/clerk/minutes.exe.pdf', renamed: true });
    expect(saveTarget('/home/clerk/minutes.', 'a.csv')).toEqual({ path: '/home/clerk/minutes.csv', renamed: true });
  });

  it('is refused when the request itself is not an export', () => {
    expect(saveTarget('/home/clerk/run.exe', 'run.exe')).toBeUndefined();
  });

  it('is opened only when it is of an export type', () => {
    expect(mayOpen('/home/clerk/minutes.pdf')).toBe(true);
    for (const file of ['/home/clerk/minutes.exe', '/home/clerk/minutes', '/home/clerk/.pdf', '/home/clerk/a.pdf.desktop'])
      expect(mayOpen(file), file).toBe(false);
  });
});

describe('files.saveAs in the desktop app', () => {
  it('writes and opens the file the clerk chose', async () => {
    electron.chosen = path.join(dir, 'June minutes.pdf');
    expect(await saveAs(request(), take)).toEqual({ ok: true, value: { saved: true, path: electron.chosen } });
    expect(fs.readFileSync(electron.chosen, 'utf8')).toBe('%PDF-1.7');
    expect(electron.opened).toEqual([electron.chosen]);
  });

  it('takes the file from the backend once: a second save of the same id, or of one never made, is refused', async () => {
    electron.chosen = path.join(dir, 'June minutes.pdf');
    const once = request();
    expect(await saveAs(once, take)).toMatchObject({ ok: true });
    fs.rmSync(electron.chosen);
    for (const again of [once, { fileId: 'bm90LWEtbWFkZS1maWxlLWlk', openAfter: true }]) {
      expect(await saveAs(again, take)).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Make it again/) } });
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes the file before the dialog: a cancelled save leaves nothing behind', async () => {
    electron.chosen = undefined;
    const asked = request();
    expect(await saveAs(asked, take)).toEqual({ ok: true, value: { saved: false } });
    expect(made.held()).toEqual({ files: 0, bytes: 0 });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('never writes or opens a program the clerk typed: the export’s extension is added', async () => {
    electron.chosen = path.join(dir, 'minutes.exe');
    const saved = await saveAs(request(), take);
    expect(saved).toEqual({ ok: true, value: { saved: true, path: `${electron.chosen}.pdf` } });
    expect(fs.readdirSync(dir)).toEqual(['minutes.exe.pdf']);
    expect(electron.opened).toEqual([`${electron.chosen}.pdf`]);
  });

  it('does not replace a file whose name the dialog never showed the clerk', async () => {
    fs.writeFileSync(path.join(dir, 'minutes.pdf'), 'the clerk’s own file');
    electron.chosen = path.join(dir, 'minutes');
    const refused = await saveAs(request(), take);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readFileSync(path.join(dir, 'minutes.pdf'), 'utf8')).toBe('the clerk’s own file');
    expect(electron.opened).toEqual([]);
  });

  it('refuses a file of another type before any dialog opens, whatever made it', async () => {
    electron.chosen = path.join(dir, 'run.exe');
    expect(await saveAs(request({ ...PDF, fileName: 'run.exe', mediaType: 'application/x-msdownload' }), take)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(electron.opened).toEqual([]);
  });
});
