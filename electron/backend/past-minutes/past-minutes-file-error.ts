/*
 * Why a file of past minutes could not be read. The readers throw nothing else for bad input, so the caller can tell
 * the clerk what is wrong with the file (and what to do) rather than "an unexpected error"; the code is for tests
 * and for the contract's envelope.
 */

export const PAST_MINUTES_FILE_PROBLEMS = ['encrypted', 'damaged', 'no-text', 'too-large', 'unsupported', 'needs-libreoffice'] as const;
export type PastMinutesFileProblem = (typeof PAST_MINUTES_FILE_PROBLEMS)[number];

/** The largest file read, and the most pages, unless the caller says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const MAX_PAGES = 500;
/** The most lines and blocks a SourceDocument may hold (its schema's limit). */
export const MAX_LINES = 200_000;

export class PastMinutesFileError extends Error {
  readonly code: PastMinutesFileProblem;
  readonly fileName: string;

  constructor(code: PastMinutesFileProblem, fileName: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PastMinutesFileError';
    this.code = code;
    this.fileName = fileName;
  }
}

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** The plain-English sentences, one per problem, each naming the file. */
export const pastMinutesFileError = {
  encrypted: (fileName: string, cause?: unknown): PastMinutesFileError =>
    new PastMinutesFileError(
      'encrypted',
      fileName,
      `"${fileName}" is protected by a password, so Minute Book cannot read it. Save a copy without the password and bring that in.`,
      { cause },
    ),
  damaged: (fileName: string, cause?: unknown): PastMinutesFileError =>
    new PastMinutesFileError(
      'damaged',
      fileName,
      `"${fileName}" looks damaged or incomplete, so Minute Book cannot read it. Open it in Word or a PDF reader, save a fresh copy and bring that in.`,
      { cause },
    ),
  /** `scan`: a PDF without a text layer; otherwise a document with no words in it at all. */
  noText: (fileName: string, scan = true): PastMinutesFileError =>
    new PastMinutesFileError(
      'no-text',
      fileName,
      scan
        ? `"${fileName}" has no text in it that Minute Book can read: it looks like a scan (pictures of pages). Run it through OCR (text recognition) first, or bring in the Word original if you have it.`
        : `"${fileName}" has no text in it: there are no minutes to bring in. Check that it is the right file.`,
    ),
  tooLarge: (fileName: string, bytes: number, maxBytes: number): PastMinutesFileError =>
    new PastMinutesFileError(
      'too-large',
      fileName,
      `"${fileName}" is too large to bring in (${megabytes(bytes)}; the most is ${megabytes(maxBytes)}). Split it into smaller files, one set of minutes each.`,
    ),
  tooManyPages: (fileName: string, pages: number): PastMinutesFileError =>
    new PastMinutesFileError(
      'too-large',
      fileName,
      `"${fileName}" has ${pages} pages, more than the ${MAX_PAGES} Minute Book reads at once. Split it into smaller files, one set of minutes each.`,
    ),
  tooLong: (fileName: string): PastMinutesFileError =>
    new PastMinutesFileError(
      'too-large',
      fileName,
      `"${fileName}" is too long to bring in at once (more than ${MAX_LINES.toLocaleString('en-GB')} lines). Split it into smaller files, one set of minutes each.`,
    ),
  unsupported: (fileName: string): PastMinutesFileError =>
    new PastMinutesFileError(
      'unsupported',
      fileName,
      `"${fileName}" is not a kind of file Minute Book can read minutes from. Bring in a Word document (.docx or .doc), a PDF, an OpenDocument text (.odt) or a rich text file (.rtf).`,
    ),
  needsLibreOffice: (fileName: string, cause?: unknown): PastMinutesFileError =>
    new PastMinutesFileError(
      'needs-libreoffice',
      fileName,
      `"${fileName}" needs LibreOffice to be read, and LibreOffice is not installed. Install LibreOffice (libreoffice.org), or open the file in Word and save it as a .docx, then bring that in.`,
      { cause },
    ),
};
