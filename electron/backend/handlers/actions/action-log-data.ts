import { actionAsAt, nextMeetingAfter } from '../../../../shared/domain/actions';
import type { ActionLogData, ActionLogEntry, Audience } from '../../../../shared/domain/compose/meeting-data';
import type { Board } from '../../../../shared/model';
import { actionLogData } from '../data/export-data';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { today } from '../lookup';
import { numberedItems } from '../meetings/views';

/**
 * A board's action log with what only actions need: the labels of every item an action was raised against, the
 * date of the next meeting for actions due then, and — when the clerk picks a day — the log as it stood then.
 */
export function actionLogFor(ctx: HandlerContext, board: Board, audience: Audience, asAt?: string): ActionLogData {
  if (asAt !== undefined && asAt > today(ctx)) {
    throw new ApiFailure('invalid_input', 'An action log can be printed as at today or an earlier day, not a day to come.', 'asAt');
  }
  const data = actionLogData(ctx, board, audience);
  const boardMeetings = ctx.repo.all('meetings').filter((m) => m.boardId === board.id);
  const meetings = new Map(boardMeetings.map((m) => [m.id, m]));
  const labels = new Map<string, ReadonlyMap<string, string>>();
  const labelsOf = (meetingId: string): ReadonlyMap<string, string> => {
    let found = labels.get(meetingId);
    const meeting = meetings.get(meetingId);
    if (found === undefined) {
      found = new Map(
        meeting === undefined
          ? []
          : numberedItems(ctx, meeting, board).flatMap((i) => (i.minuteLabel === undefined ? [] : [[i.id, i.minuteLabel] as const])),
      );
      labels.set(meetingId, found);
    }
    return found;
  };
  const entries = data.entries.flatMap((entry): ActionLogEntry[] => {
    if (asAt !== undefined && entry.meetingDate > asAt) return [];
    const action = asAt === undefined ? entry.action : actionAsAt(entry.action, asAt);
    const raisedAt = meetings.get(action.meetingId);
    const next = action.due?.kind === 'next-meeting' && raisedAt !== undefined ? nextMeetingAfter(raisedAt, boardMeetings) : undefined;
    const others = (action.otherItemIds ?? []).flatMap((id) => {
      const label = labelsOf(action.meetingId).get(id);
      return label === undefined ? [] : [label];
    });
    return [
      {
        ...entry,
        action,
        ...(others.length === 0 ? {} : { otherMinuteLabels: others }),
        ...(next === undefined ? {} : { nextMeetingDate: next.date }),
      },
    ];
  });
  return { ...data, entries, ...(asAt === undefined ? {} : { asAt, today: asAt }) };
}
