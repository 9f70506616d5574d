import type { ActionView, MeetingDetail, NumberedItem } from '../../../../shared/api';
import { carriedForward, isLocked, isOverdue, minuteLabels, nextMeetingAfter, numberAgenda, ownerLabel } from '../../../../shared/domain';
import type { Action, Board, Meeting, Person } from '../../../../shared/model';
import type { HandlerContext } from '../handler-context';
import { requireBoard, today } from '../lookup';

/** Lookups that building many views at once needs; build once per call. */
export type ViewLookups = {
  readonly people: ReadonlyMap<string, Person>;
  readonly boards: ReadonlyMap<string, Board>;
  readonly meetings: ReadonlyMap<string, Meeting>;
  readonly today: string;
};

export function viewLookups(ctx: HandlerContext): ViewLookups {
  return {
    people: new Map(ctx.repo.all('people').map((p) => [p.id, p])),
    boards: new Map(ctx.repo.all('boards').map((b) => [b.id, b])),
    meetings: new Map(ctx.repo.all('meetings').map((m) => [m.id, m])),
    today: today(ctx),
  };
}

/** For an action due at the next meeting: the date of the board's next meeting after the one that raised it. */
const nextMeetingDate = (action: Action, raisedAt: Meeting | undefined, lookups: ViewLookups): string | undefined =>
  action.due?.kind === 'next-meeting' && raisedAt !== undefined ? nextMeetingAfter(raisedAt, [...lookups.meetings.values()])?.date : undefined;

export function actionView(ctx: HandlerContext, action: Action, lookups: ViewLookups): ActionView {
  const meeting = lookups.meetings.get(action.meetingId);
  const board = meeting === undefined ? undefined : lookups.boards.get(meeting.boardId);
  const item = action.itemId === undefined ? undefined : ctx.repo.meeting(action.meetingId).agendaItems.find((i) => i.id === action.itemId);
  return {
    ...action,
    boardId: board?.id ?? '',
    boardName: board?.name ?? '',
    meetingDate: meeting?.date ?? '',
    ...(item === undefined ? {} : { itemTitle: item.title }),
    ownerLabel: ownerLabel(action.owner, lookups.people),
    overdue: isOverdue(action, lookups.today, { nextMeetingDate: nextMeetingDate(action, meeting, lookups) }),
  };
}

export function numberedItems(ctx: HandlerContext, meeting: Meeting, board: Board): NumberedItem[] {
  const numbered = numberAgenda(ctx.repo.meeting(meeting.id).agendaItems, { exemptOrder: board.exemptItemsOrder });
  const labels = minuteLabels(board, meeting.date, numbered);
  return numbered.map((item) => {
    const label = labels.get(item.id);
    return label === undefined ? item : { ...item, minuteLabel: label };
  });
}

export function carriedActionViews(ctx: HandlerContext, meeting: Meeting, lookups: ViewLookups): ActionView[] {
  const boardMeetings = ctx.repo.all('meetings').filter((m) => m.boardId === meeting.boardId);
  return carriedForward(meeting, boardMeetings, (id) => ctx.repo.meeting(id).actions).map((a) => actionView(ctx, a, lookups));
}

export function meetingDetail(
  ctx: HandlerContext,
  meeting: Meeting,
  options: { readonly carriedActions: boolean } = { carriedActions: true },
): MeetingDetail {
  const board = requireBoard(ctx, meeting.boardId);
  const records = ctx.repo.meeting(meeting.id);
  const lookups = viewLookups(ctx);
  return {
    meeting,
    board,
    items: numberedItems(ctx, meeting, board),
    attendance: records.attendance,
    declarations: records.declarations,
    minutes: records.minutes,
    resolutions: [...records.resolutions].sort((a, b) => a.order - b.order),
    actions: records.actions,
    attachments: records.attachments,
    // Reading every earlier meeting of the board is the slow part on a long history: only when asked for.
    carriedActions: options.carriedActions ? carriedActionViews(ctx, meeting, lookups) : [],
    locked: isLocked(meeting.status),
  };
}
