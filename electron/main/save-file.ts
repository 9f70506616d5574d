import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';
import { fail, ok, type Envelope } from '../../shared/api/envelope';
import { SaveFileRequest } from '../../shared/api/exports';
import { showSaveDialog, type FileFilter } from './dialogs';

const FILTERS: Readonly<Record<string, FileFilter>> = {
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.html': { name: 'Web page', extensions: ['html'] },
  '.csv': { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  '.ics': { name: 'Calendar entry', extensions: ['ics'] },
};

/**
 * `files.saveAs`, answered by the main process itself: the backend has no windows. A native Save As dialog in
 * the clerk's Documents folder, the file written, and opened in its own program if the clerk asked.
 */
export async function saveAs(input: unknown): Promise<Envelope<{ saved: boolean; path?: string }>> {
  const parsed = SaveFileRequest.safeParse(input);
  if (!parsed.success) return fail('invalid_input', parsed.error.issues[0]?.message ?? 'The file to save is not valid.');
  const { fileName, dataBase64, openAfter } = parsed.data;
  const filter = FILTERS[path.extname(fileName).toLowerCase()];
  const target = await showSaveDialog({ defaultName: fileName, filters: filter === undefined ? [] : [filter], title: 'Save the document' });
  if (target === undefined) return ok({ saved: false });
  try {
    await writeFile(target, Buffer.from(dataBase64, 'base64'));
  } catch (error) {
    return fail('io_error', `The file could not be saved: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Choose another folder.`);
  }
  if (openAfter) {
    // openPath answers with an error message, or '' when the file opened.
    const problem = await shell.openPath(target);
    if (problem !== '') console.error(`Could not open ${target}: ${problem}`);
  }
  return ok({ saved: true, path: target });
}
