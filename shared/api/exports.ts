import { z } from 'zod';
import type { DocModel } from '../document/model';
import { extensionOf, isCleanFileName } from '../domain/file-names';
import { Id } from '../model';
import { DateInput } from './dates';
import type { ApiError } from './envelope';

/**
 * What can be exported. `public-minutes` is `minutes` with the public view; `pack` is the agenda with its reports;
 * `easy-read-agenda` and `easy-read-minutes` are large-print easy-read versions, always public.
 */
export const EXPORT_KINDS = [
  'agenda',
  'pack',
  'minutes',
  'public-minutes',
  'extract',
  'actions',
  'ics',
  'resolutions',
  'easy-read-agenda',
  'easy-read-minutes',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats each kind comes in; the first is the one a clerk most often wants. */
export const FORMATS_BY_KIND: Readonly<Record<ExportKind, readonly ExportFormat[]>> = {
  agenda: ['pdf', 'docx', 'html'],
  pack: ['pdf'],
  minutes: ['pdf', 'docx', 'html'],
  'public-minutes': ['pdf', 'docx', 'html'],
  extract: ['pdf', 'docx', 'html'],
  actions: ['pdf', 'docx', 'html', 'csv'],
  ics: ['ics'],
  resolutions: ['csv'],
  'easy-read-agenda': ['pdf', 'docx'],
  'easy-read-minutes': ['pdf', 'docx'],
};

/** Easy-read documents: large print, short sentences, always the public version. */
export const EASY_READ_KINDS: readonly ExportKind[] = ['easy-read-agenda', 'easy-read-minutes'];

/** Kinds about a whole board rather than one meeting: a meeting, when given, only names its board. */
export const BOARD_KINDS: readonly ExportKind[] = ['actions', 'resolutions'];

export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

export const ExportRequest = z
  .object({
    meetingId: Id.optional(),
    boardId: Id.optional(),
    kind: z.enum(EXPORT_KINDS),
    format: z.enum(EXPORT_FORMATS),
    /** Public documents leave out exempt items' content and the names of people who have not agreed to be named. */
    audience: z.enum(['public', 'private']).optional(),
    /** For an extract: the decision's reference (e.g. "RCPB/2026/25-1") or its id. */
    resolution: z.string().trim().min(1).max(120).optional(),
    /** Signed minutes as PDF/A-2 for the archive. */
    archive: z.boolean().optional(),
    /** The action log as it stood at the end of this day: statuses from the history, later updates left out. */
    asAt: DateInput.optional(),
  })
  .superRefine((request, ctx) => {
    if (!FORMATS_BY_KIND[request.kind].includes(request.format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: `A ${request.kind} comes as ${FORMATS_BY_KIND[request.kind].join(', ')}, not ${request.format}.`,
      });
    }
    if (request.meetingId === undefined && !(BOARD_KINDS.includes(request.kind) && request.boardId !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['meetingId'],
        message: BOARD_KINDS.includes(request.kind) ? 'Say which meeting or board.' : 'Say which meeting.',
      });
    }
    if (request.kind === 'extract' && request.resolution === undefined) {
      ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'Say which decision to extract.' });
    }
    if (request.archive === true && !(request.format === 'pdf' && (request.kind === 'minutes' || request.kind === 'public-minutes'))) {
      ctx.addIssue({ code: 'custom', path: ['archive'], message: 'Only minutes are archived, as PDF.' });
    }
    if (request.asAt !== undefined && request.kind !== 'actions') {
      ctx.addIssue({ code: 'custom', path: ['asAt'], message: 'Only the action log can be printed as at a date.' });
    }
    if (request.kind === 'public-minutes' && request.audience === 'private') {
      ctx.addIssue({ code: 'custom', path: ['audience'], message: 'Public minutes are always public.' });
    }
    if (EASY_READ_KINDS.includes(request.kind) && request.audience === 'private') {
      ctx.addIssue({ code: 'custom', path: ['audience'], message: 'Easy-read documents are public documents: they are always public.' });
    }
  });
export type ExportRequest = z.infer<typeof ExportRequest>;

/**
 * A file Minute Book made, ready to save. Its bytes never travel in the answer: the backend keeps them for a few
 * minutes under `fileId`, for one download (`GET /files/<fileId>` in browser mode) or one `files.saveAs` (the
 * window), and the CLI writes them straight from the backend.
 */
export type ExportFile = {
  /** The one-time, unguessable id the bytes are kept under. */
  readonly fileId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteLength: number;
  /** Pages, for PDFs. */
  readonly pages?: number;
  /** What the clerk should know, e.g. reports that could not be bound into a pack. */
  readonly notes: readonly string[];
};

/** A made file's id: URL-safe, so it can stand in a download's address as it is. */
export const FileId = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, 'This is not the id of a file Minute Book made.');

export type ExportProgress = {
  readonly jobId: string;
  readonly state: 'running' | 'done' | 'failed';
  /** Steps done of `total`: a progress bar's value. */
  readonly done: number;
  readonly total: number;
  /** What is happening now, in words: "Adding report 3 of 20". */
  readonly stage: string;
  readonly result?: ExportFile;
  readonly error?: ApiError;
};

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * What may be saved or downloaded: a clean file name (no folders, control or bidirectional characters) ending in
 * one of the export formats, with that format's media type. The Electron main process checks the file the backend
 * made against it before the Save As dialog opens, and the path the clerk chose again before it writes and before
 * it opens the file.
 */
export const SavableFile = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine(
        isCleanFileName,
        'The file name may not hold folders, control characters or any of < > : " / \\ | ? *, nor start or end with a dot or a space.',
      )
      .refine(
        (name) => isExportFormat(extensionOf(name)),
        'Only the documents Minute Book makes can be saved: .pdf, .docx, .html, .csv or .ics files.',
      ),
    mediaType: z.string().trim().min(1).max(200),
  })
  .superRefine((file, ctx) => {
    const format = extensionOf(file.fileName);
    if (isExportFormat(format) && file.mediaType !== MEDIA_TYPES[format]) {
      ctx.addIssue({ code: 'custom', path: ['mediaType'], message: `A .${format} file is saved as ${MEDIA_TYPES[format]}.` });
    }
  });

/**
 * `files.saveAs` names a file the backend made (`ExportFile.fileId`), never its bytes or its name: the main process
 * takes the file from the backend, checks it is `SavableFile`, and writes it where the clerk chooses.
 */
export const SaveFileRequest = z.object({
  fileId: FileId,
  openAfter: z.boolean().default(false),
});

/**
 * A document drawn on screen from the same DocModel its files are made from. The agenda (public, by default) of the
 * board's next meeting shows its house style; the minutes of a meeting are what a chair approves and signs.
 */
export const PreviewRequest = z
  .object({
    boardId: Id,
    meetingId: Id.optional(),
    kind: z.enum(['agenda', 'minutes']).default('agenda'),
    audience: z.enum(['public', 'private']).default('public'),
  })
  .superRefine((request, ctx) => {
    if (request.kind === 'minutes' && request.meetingId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Say which meeting’s minutes to show.' });
    }
  });

export type DocumentPreview = { readonly doc: DocModel; readonly meetingId?: string };
