import type { DocumentPreview, ParsedInput } from '../../../../shared/api';
import { composeHouseStyleSample } from '../../../../shared/domain/compose/sample';
import type { Meeting } from '../../../../shared/model';
import { meetingData } from '../data/export-data';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireBoard, requireMeeting, today } from '../lookup';
import { meetingDocument } from './meeting-document';

/** The board's next meeting, else its latest; cancelled meetings left out. */
function nextOrLatest(ctx: HandlerContext, boardId: string): Meeting | undefined {
  const meetings = ctx.repo.all('meetings').filter((m) => m.boardId === boardId && m.status !== 'cancelled');
  const now = today(ctx);
  return (
    meetings.filter((m) => m.date >= now).toSorted((a, b) => a.date.localeCompare(b.date))[0] ??
    meetings.toSorted((a, b) => b.date.localeCompare(a.date))[0]
  );
}

/**
 * `exports.preview`: a document drawn on screen from the DocModel its files are made from. The agenda shows the
 * board's house style (a sample when it has no meetings); the minutes are what the chair approves and signs.
 */
export function previewDocument(input: ParsedInput<'exports.preview'>, ctx: HandlerContext): DocumentPreview {
  const board = requireBoard(ctx, input.boardId, 'boardId');
  const chosen = input.meetingId === undefined ? nextOrLatest(ctx, board.id) : requireMeeting(ctx, input.meetingId);
  if (chosen !== undefined && chosen.boardId !== board.id)
    throw new ApiFailure('invalid_input', 'That meeting is not one of this board’s.', 'meetingId');
  if (chosen === undefined) return { doc: composeHouseStyleSample(board, today(ctx)) };
  return { doc: meetingDocument(meetingData(ctx, chosen, input.audience), input.kind), meetingId: chosen.id };
}
