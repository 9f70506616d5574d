import { Buffer } from 'node:buffer';
import { BOARD_KINDS, EASY_READ_KINDS, MEDIA_TYPES, type ExportFile, type ExportFormat, type ExportRequest } from '../../../../shared/api/exports';
import type { DocModel } from '../../../../shared/document/model';
import { composeActionLog } from '../../../../shared/domain/compose/action-log';
import { agendaHeadingText, composeAgenda } from '../../../../shared/domain/compose/agenda';
import { meetingEvent } from '../../../../shared/domain/compose/calendar';
import { composeResolutionExtract, ExtractRefusal, findResolution } from '../../../../shared/domain/compose/extract';
import type { Audience, MeetingData } from '../../../../shared/domain/compose/meeting-data';
import { actionLogSheet, resolutionsSheet } from '../../../../shared/domain/compose/registers';
import type { Board, Meeting } from '../../../../shared/model';
import { renderCsv } from '../../export/csv';
import { renderDocx } from '../../export/docx';
import { exportFileName } from '../../export/file-names';
import { renderHtml } from '../../export/html';
import { renderIcs } from '../../export/ics';
import { buildPack, type PackPaper, type PackProgress } from '../../export/pack';
import { renderPdf } from '../../export/pdf';
import { meetingData, registerData } from '../data/export-data';
import { actionLogFor } from '../actions/action-log-data';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { meetingDocument } from './meeting-document';
import { requireBoard, requireMeeting, today } from '../lookup';

type Rendered = { readonly bytes: Buffer; readonly pages?: number; readonly notes: readonly string[] };

/** An export whose data has been read and checked: running it only renders. */
export type PreparedExport = {
  readonly fileName: string;
  readonly mediaType: string;
  readonly run: (progress: PackProgress) => Promise<Rendered>;
};

/** Text (HTML, CSV, ICS) as the UTF-8 bytes of a file. */
export const text = (value: string): Rendered => ({ bytes: Buffer.from(value, 'utf8'), notes: [] });

export function documentRun(model: DocModel, format: ExportFormat, createdAt: Date, archive: boolean): PreparedExport['run'] {
  return async (progress) => {
    progress(0, 1, 'Laying out the document');
    let rendered: Rendered;
    if (format === 'pdf') {
      const pdf = await renderPdf(model, { archive, createdAt });
      rendered = { bytes: pdf.bytes, pages: pdf.pages, notes: [] };
    } else if (format === 'docx') rendered = { bytes: await renderDocx(model), notes: [] };
    else rendered = text(renderHtml(model));
    progress(1, 1, 'Done');
    return rendered;
  };
}

function packPapers(ctx: HandlerContext, data: MeetingData): { papers: PackPaper[]; notes: string[] } {
  const papers: PackPaper[] = [];
  const notes: string[] = [];
  const byId = new Map(data.attachments.map((a) => [a.id, a]));
  for (const item of data.items) {
    for (const id of item.attachmentIds) {
      const attachment = byId.get(id);
      if (attachment === undefined) continue;
      if (!ctx.repo.hasBlob(attachment.sha256)) {
        notes.push(`${attachment.originalName} is missing from the data folder, so it is not in the pack. Restore it from a backup.`);
        continue;
      }
      papers.push({ attachment, itemId: item.id, bytes: ctx.repo.readBlob(attachment.sha256) });
    }
  }
  const listed = new Set(data.items.flatMap((i) => i.attachmentIds));
  for (const a of data.attachments)
    if (!listed.has(a.id)) notes.push(`${a.originalName} is attached to the meeting but to no item, so it is not in the pack.`);
  return { papers, notes };
}

function meetingExport(ctx: HandlerContext, request: ExportRequest, meeting: Meeting, board: Board, audience: Audience): PreparedExport {
  const data = meetingData(ctx, meeting, audience);
  const createdAt = new Date(ctx.clock.now());
  const archive = request.archive === true;
  const name = (reference?: string): string =>
    exportFileName({
      shortCode: board.shortCode,
      date: meeting.date,
      kind: request.kind,
      format: request.format,
      audience,
      archive,
      ...(reference === undefined ? {} : { reference }),
    });
  const mediaType = MEDIA_TYPES[request.format];
  switch (request.kind) {
    case 'agenda':
    case 'easy-read-agenda':
    case 'easy-read-minutes':
      return { fileName: name(), mediaType, run: documentRun(meetingDocument(data, request.kind), request.format, createdAt, false) };
    case 'minutes':
    case 'public-minutes':
      if (archive && meeting.status !== 'minutes-signed') {
        throw new ApiFailure(
          'conflict',
          'Only approved and signed minutes go to the archive as PDF/A. These minutes have not been signed yet.',
          'archive',
        );
      }
      return { fileName: name(), mediaType, run: documentRun(meetingDocument(data, request.kind), request.format, createdAt, archive) };
    case 'extract': {
      const wanted = request.resolution ?? '';
      const id = findResolution(data, wanted) ?? wanted;
      try {
        const model = composeResolutionExtract(data, id);
        const reference = data.resolutions.find((r) => r.id === id)?.reference;
        return { fileName: name(reference), mediaType, run: documentRun(model, request.format, createdAt, false) };
      } catch (error) {
        if (error instanceof ExtractRefusal) throw new ApiFailure(error.reason === 'exempt' ? 'forbidden' : 'not_found', error.message, 'resolution');
        throw error;
      }
    }
    case 'ics':
      return { fileName: name(), mediaType, run: async () => text(await renderIcs(meetingEvent(data))) };
    case 'pack': {
      const { papers, notes } = packPapers(ctx, data);
      const items = data.items.map((i) => ({ id: i.id, title: agendaHeadingText(i, data.audience) }));
      return {
        fileName: name(),
        mediaType,
        run: async (progress) => {
          const pack = await buildPack((paperNote) => composeAgenda(data, { paperNote }), items, papers, progress, createdAt);
          return { bytes: pack.bytes, pages: pack.pages, notes: [...notes, ...pack.notes] };
        },
      };
    }
    case 'actions':
    case 'resolutions':
      return boardExport(ctx, request, board, audience, meeting.date);
  }
}

function boardExport(ctx: HandlerContext, request: ExportRequest, board: Board, audience: Audience, date: string): PreparedExport {
  const fileName = exportFileName({ shortCode: board.shortCode, date, kind: request.kind, format: request.format, audience });
  const mediaType = MEDIA_TYPES[request.format];
  if (request.kind === 'resolutions') {
    const sheet = resolutionsSheet(registerData(ctx, board, audience));
    return { fileName, mediaType, run: async () => text(await renderCsv(sheet)) };
  }
  const data = actionLogFor(ctx, board, audience, request.asAt);
  if (request.format === 'csv') return { fileName, mediaType, run: async () => text(await renderCsv(actionLogSheet(data))) };
  return { fileName, mediaType, run: documentRun(composeActionLog(data), request.format, new Date(ctx.clock.now()), false) };
}

/**
 * Reads and checks everything an export needs, now, so that a refusal comes back at once and the rendering,
 * which may take a while for a pack, works from one consistent state of the store.
 */
export function prepareExport(ctx: HandlerContext, request: ExportRequest): PreparedExport {
  const audience: Audience = request.kind === 'public-minutes' || EASY_READ_KINDS.includes(request.kind) ? 'public' : (request.audience ?? 'private');
  if (request.meetingId === undefined) {
    // Only board-wide kinds get here: the input schema insists on a meeting otherwise.
    const board = requireBoard(ctx, request.boardId ?? '', 'boardId');
    if (!BOARD_KINDS.includes(request.kind)) throw new ApiFailure('invalid_input', 'Say which meeting.', 'meetingId');
    return boardExport(ctx, request, board, audience, today(ctx));
  }
  const meeting = requireMeeting(ctx, request.meetingId);
  const board = requireBoard(ctx, meeting.boardId);
  if (BOARD_KINDS.includes(request.kind)) return boardExport(ctx, request, board, audience, today(ctx));
  return meetingExport(ctx, request, meeting, board, audience);
}

/**
 * Renders a prepared export and keeps its bytes in the backend's made files: the answer names the file (its id,
 * name, type and size), and the download or Save As takes the bytes from there.
 */
export async function runExport(
  ctx: Pick<HandlerContext, 'madeFiles'>,
  prepared: PreparedExport,
  progress: PackProgress = () => undefined,
): Promise<ExportFile> {
  const rendered = await prepared.run(progress);
  return ctx.madeFiles.keep(
    { fileName: prepared.fileName, mediaType: prepared.mediaType, bytes: rendered.bytes },
    { ...(rendered.pages === undefined ? {} : { pages: rendered.pages }), notes: rendered.notes },
  );
}
