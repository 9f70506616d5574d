import type { SourceDocument, SourceFormat } from '../../../shared/model';
import { convertWithLibreOffice } from './convert-with-libreoffice';
import { detectFileKind } from './detect-file-kind';
import { DEFAULT_MAX_BYTES, MAX_LINES, PastMinutesFileError, pastMinutesFileError } from './past-minutes-file-error';

/*
 * The one way in: a file of past minutes, as bytes and the name the clerk gave it → a SourceDocument. The kind of
 * file is told from its content; the readers are loaded only when a file of their kind comes, so commands that
 * read no minutes do not pay for pdf.js or mammoth. Whatever is wrong with the file comes out as a
 * PastMinutesFileError naming it, never as anything else.
 */

export type ReadPastMinutesOptions = {
  /** The soffice program, for .doc, .odt and .rtf; `soffice` on the PATH where not given. */
  readonly libreOffice?: string | undefined;
  /** The largest file read, in bytes; 50 MB where not given. */
  readonly maxBytes?: number;
};

export async function readPastMinutesFile(
  file: { bytes: Uint8Array; fileName: string },
  options: ReadPastMinutesOptions = {},
): Promise<SourceDocument> {
  const { bytes } = file;
  const fileName = file.fileName.trim() === '' ? 'The file' : file.fileName;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw pastMinutesFileError.tooLarge(fileName, bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw pastMinutesFileError.damaged(fileName);
  try {
    const document = await readByKind(bytes, fileName, options);
    if (document.lines.length > MAX_LINES || document.blocks.length > MAX_LINES) throw pastMinutesFileError.tooLong(fileName);
    return document;
  } catch (error) {
    if (error instanceof PastMinutesFileError) throw error;
    // A reader that fails in a way nobody foresaw was still defeated by this file: say so, and keep the cause.
    throw pastMinutesFileError.damaged(fileName, error);
  }
}

async function readByKind(bytes: Uint8Array, fileName: string, options: ReadPastMinutesOptions): Promise<SourceDocument> {
  const kind = detectFileKind(bytes, fileName);
  switch (kind) {
    case 'pdf': {
      const { readPdf } = await import('./read-pdf');
      return await readPdf(bytes, fileName);
    }
    case 'docx': {
      const { readDocx } = await import('./read-docx');
      return await readDocx(bytes, fileName);
    }
    case 'doc':
    case 'odt':
    case 'rtf': {
      const docx = await convertWithLibreOffice(bytes, fileName, kind, options);
      const { readDocx } = await import('./read-docx');
      return await readDocx(docx, fileName, kind satisfies SourceFormat);
    }
    case 'text': {
      const { readText } = await import('./read-text');
      return readText(bytes, fileName);
    }
    case 'encrypted-office':
      throw pastMinutesFileError.encrypted(fileName);
    case 'damaged':
      throw pastMinutesFileError.damaged(fileName);
    case 'unsupported':
      throw pastMinutesFileError.unsupported(fileName);
  }
}
