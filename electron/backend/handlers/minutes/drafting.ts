import { assignMinuteNumbers, firstMinuteNumber, numberAgenda } from '../../../../shared/domain';
import type { AgendaItem, Meeting } from '../../../../shared/model';
import type { Op } from '../../store/repository-types';
import { referenceOps } from '../decisions/references';
import type { HandlerContext } from '../handler-context';
import { requireBoard } from '../lookup';
import { transitioned } from '../meetings/meetings';

/**
 * Drafts a meeting's minutes: its status, and minute numbers that continue from the board's earlier minutes, with
 * the references that follow from them (`numbering`: the ops to commit with the meeting).
 */
export function draftedMinutes(ctx: HandlerContext, meeting: Meeting): { readonly drafted: Meeting; readonly numbering: Op[] } {
  const board = requireBoard(ctx, meeting.boardId);
  const drafted = transitioned(ctx, meeting, 'minutes-drafted', { minutesDraftedAt: ctx.clock.now() });
  // Numbers continue from the board's earlier minutes in the same numbering period.
  const others = ctx.repo
    .all('meetings')
    .filter((m) => m.boardId === board.id && m.id !== meeting.id && m.date <= meeting.date)
    .map((m) => ({
      meeting: m,
      minuteNumbers: ctx.repo.meeting(m.id).agendaItems.flatMap((i) => (i.minuteNumber === undefined ? [] : [i.minuteNumber])),
    }));
  const items = numberAgenda(ctx.repo.meeting(meeting.id).agendaItems, { exemptOrder: board.exemptItemsOrder });
  const numbers = assignMinuteNumbers(items, firstMinuteNumber(board, meeting, others));
  const now = ctx.clock.now();
  const numberedItems: AgendaItem[] = items.map(({ number: _n, depth: _d, part: _p, ...item }) => {
    const minuteNumber = numbers.get(item.id);
    return minuteNumber === undefined || minuteNumber === item.minuteNumber ? item : { ...item, minuteNumber, updatedAt: now };
  });
  const itemOps: Op[] = numberedItems
    .filter((item, i) => item !== items[i] && item.minuteNumber !== items[i]?.minuteNumber)
    .map((record) => ({ type: 'put', collection: 'agendaItems', record }));
  return {
    drafted,
    numbering: [...itemOps, ...referenceOps(ctx, board, drafted, { items: numberedItems })],
  };
}
