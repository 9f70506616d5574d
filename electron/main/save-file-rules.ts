import { isExportFormat } from '../../shared/api/exports';
import { extensionOf } from '../../shared/domain/file-names';

/*
 * What `files.saveAs` may write and open, kept apart from Electron so it can be tested. The page's request is
 * checked by its schema, but the clerk can type any name into the Save As dialog (GTK and Windows let them drop or
 * change the extension), and opening the file hands it to whatever program its extension names: a ".pdf" export
 * saved as "minutes.exe" or "minutes.hta" must never be written under that name, let alone opened.
 */

export type SaveTarget = {
  /** The path to write. */
  readonly path: string;
  /** True when the export's extension was added to what the clerk typed: the dialog never asked about this name. */
  readonly renamed: boolean;
};

/**
 * The path to write for the clerk's choice: as chosen when it ends in the export's extension (in any case), else
 * with that extension added, so "minutes" and "minutes.exe" become "minutes.pdf" and "minutes.exe.pdf".
 * Undefined when the request's own name is not an export's.
 */
export function saveTarget(chosen: string, fileName: string): SaveTarget | undefined {
  const wanted = extensionOf(fileName);
  if (!isExportFormat(wanted)) return undefined;
  if (extensionOf(chosen) === wanted) return { path: chosen, renamed: false };
  return { path: `${chosen.replace(/[\s.]+$/, '')}.${wanted}`, renamed: true };
}

/** Only a file of an export's type is ever handed to the system to open. */
export const mayOpen = (file: string): boolean => isExportFormat(extensionOf(file));
