import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';
import { fail, ok, type Envelope } from '../../shared/api/envelope';
import { SavableFile, SaveFileRequest } from '../../shared/api/exports';
import type { MadeFile } from '../backend/made-files';
import { showSaveDialog, type FileFilter } from './dialogs';
import { mayOpen, saveTarget } from './save-file-rules';

const FILTERS: Readonly<Record<string, FileFilter>> = {
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.html': { name: 'Web page', extensions: ['html'] },
  '.csv': { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  '.ics': { name: 'Calendar entry', extensions: ['ics'] },
};

/** Takes a file the backend made, once, by its id: the main process owns the backend, so no bytes cross IPC. */
export type TakeMadeFile = (fileId: string) => MadeFile | undefined;

/**
 * `files.saveAs`, answered by the main process itself: the backend has no windows. The page names a file the
 * backend made; the main process takes its bytes from the backend, shows a native Save As dialog in the clerk's
 * Documents folder, writes the file, and opens it in its own program if the clerk asked. Only the export types
 * are written or opened (see save-file-rules.ts), whatever the backend made, the page asked for or the clerk typed.
 */
export async function saveAs(input: unknown, take: TakeMadeFile): Promise<Envelope<{ saved: boolean; path?: string }>> {
  const parsed = SaveFileRequest.safeParse(input);
  if (!parsed.success) return fail('invalid_input', parsed.error.issues[0]?.message ?? 'The file to save is not valid.');
  const { fileId, openAfter } = parsed.data;
  const made = take(fileId);
  if (made === undefined) {
    return fail('not_found', 'This file is not here any more: a document Minute Book makes is kept for a few minutes, for one save. Make it again.');
  }
  const savable = SavableFile.safeParse(made);
  if (!savable.success) return fail('invalid_input', savable.error.issues[0]?.message ?? 'Only the documents Minute Book makes can be saved.');
  const { fileName } = savable.data;
  const filter = FILTERS[path.extname(fileName).toLowerCase()];
  const chosen = await showSaveDialog({ defaultName: fileName, filters: filter === undefined ? [] : [filter], title: 'Save the document' });
  if (chosen === undefined) return ok({ saved: false });
  const target = saveTarget(chosen, fileName);
  if (target === undefined) return fail('invalid_input', 'Only the documents Minute Book makes can be saved.');
  try {
    // A name the clerk never saw in the dialog must not replace a file of theirs without asking.
    await writeFile(target.path, made.bytes, { flag: target.renamed ? 'wx' : 'w' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      return fail('conflict', `There is already a file called ${path.basename(target.path)} there. Save again and choose another name.`);
    return fail('io_error', `The file could not be saved: ${code ?? 'an unexpected error'}. Choose another folder.`);
  }
  if (openAfter && mayOpen(target.path)) {
    // openPath answers with an error message, or '' when the file opened.
    const problem = await shell.openPath(target.path);
    if (problem !== '') console.error(`Could not open ${target.path}: ${problem}`);
  }
  return ok({ saved: true, path: target.path });
}
