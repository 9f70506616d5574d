import { isOverdue, numberAgenda } from '../../../../shared/domain';
import { carriedForward } from '../../../../shared/domain/actions';
import type {
  ActionLogData,
  ActionLogEntry,
  Audience,
  CarriedAction,
  MeetingData,
  RegisterData,
  RegisterEntry,
} from '../../../../shared/domain/compose/meeting-data';
import { publicActionLog, publicRegister, publicView } from '../../../../shared/domain/compose/public-view';
import type { Board, Meeting } from '../../../../shared/model';
import type { HandlerContext } from '../handler-context';
import { today } from '../lookup';
import { isCurrentOn } from '../boards/people';
import { meetingDetail, numberedItems } from '../meetings/views';
import { meetingRatings } from '../coproduction/ratings-data';

/** The ids of a meeting's items taken in private (exempt items and everything under them). */
function privateItemIds(ctx: HandlerContext, meetingId: string): Set<string> {
  return new Set(
    numberAgenda(ctx.repo.meeting(meetingId).agendaItems)
      .filter((i) => i.part === 'private')
      .map((i) => i.id),
  );
}

/**
 * Everything a meeting's documents are composed from, read from the store in one go, so a document that takes a
 * while to render is made from one consistent state. A public audience gets the public view: exempt content and
 * unconsented names are removed here, before anything is composed.
 */
export function meetingData(ctx: HandlerContext, meeting: Meeting, audience: Audience): MeetingData {
  // The meeting as the screens and the CLI read it (`meetings.get`), and besides it what only documents need.
  const { board, items, attendance, declarations, minutes, resolutions, actions, attachments } = meetingDetail(ctx, meeting, {
    carriedActions: false,
  });
  const now = today(ctx);
  const boardMeetings = ctx.repo.all('meetings').filter((m) => m.boardId === board.id);
  const meetingsById = new Map(boardMeetings.map((m) => [m.id, m]));
  const privateOf = new Map<string, Set<string>>();
  const privateIn = (meetingId: string): Set<string> => {
    let ids = privateOf.get(meetingId);
    if (ids === undefined) {
      ids = privateItemIds(ctx, meetingId);
      privateOf.set(meetingId, ids);
    }
    return ids;
  };
  const carried: CarriedAction[] = carriedForward(meeting, boardMeetings, (id) => ctx.repo.meeting(id).actions).map((action) => {
    const source = meetingsById.get(action.meetingId);
    const label =
      action.itemId === undefined || source === undefined
        ? undefined
        : numberedItems(ctx, source, board).find((i) => i.id === action.itemId)?.minuteLabel;
    return {
      action,
      meetingDate: source?.date ?? '',
      ...(label === undefined ? {} : { minuteLabel: label }),
      fromPrivateItem: action.itemId !== undefined && privateIn(action.meetingId).has(action.itemId),
      overdue: isOverdue(action, now),
    };
  });
  const approval = meeting.approval;
  const approvedAt =
    approval === undefined
      ? undefined
      : approval.atMeetingId === undefined
        ? approval.atMeetingOn
        : ctx.repo.get('meetings', approval.atMeetingId)?.date;
  const data: MeetingData = {
    audience: 'private',
    board,
    meeting,
    items,
    people: ctx.repo.all('people'),
    members: ctx.repo
      .all('memberships')
      .filter((m) => m.boardId === board.id && isCurrentOn(m, meeting.date))
      .map((m) => ({ personId: m.personId, role: m.role, voting: m.voting })),
    attendance,
    declarations,
    minutes,
    resolutions,
    actions,
    attachments,
    carriedActions: carried,
    ...(approvedAt === undefined ? {} : { approvedAtMeetingDate: approvedAt }),
    today: now,
    ratings: meetingRatings(ctx, meeting.id),
  };
  return audience === 'public' ? publicView(data) : data;
}

/** Every action a board has raised, for its action log. */
export function actionLogData(ctx: HandlerContext, board: Board, audience: Audience, recentDays = 90): ActionLogData {
  const entries: ActionLogEntry[] = [];
  for (const meeting of ctx.repo.all('meetings').filter((m) => m.boardId === board.id)) {
    const records = ctx.repo.meeting(meeting.id);
    if (records.actions.length === 0) continue;
    const items = new Map(numberedItems(ctx, meeting, board).map((i) => [i.id, i]));
    const privateResolutions = new Set(records.resolutions.filter((r) => items.get(r.itemId)?.part === 'private').map((r) => r.id));
    for (const action of records.actions) {
      const item = action.itemId === undefined ? undefined : items.get(action.itemId);
      entries.push({
        action,
        meetingDate: meeting.date,
        ...(item?.minuteLabel === undefined ? {} : { minuteLabel: item.minuteLabel }),
        ...(item === undefined ? {} : { itemTitle: item.title }),
        fromPrivateItem: item?.part === 'private' || (action.resolutionId !== undefined && privateResolutions.has(action.resolutionId)),
      });
    }
  }
  const data: ActionLogData = { audience: 'private', board, people: ctx.repo.all('people'), entries, today: today(ctx), recentDays };
  return audience === 'public' ? publicActionLog(data) : data;
}

/** Every decision a board has taken, for its resolutions register. */
export function registerData(ctx: HandlerContext, board: Board, audience: Audience): RegisterData {
  const entries: RegisterEntry[] = [];
  for (const meeting of ctx.repo.all('meetings').filter((m) => m.boardId === board.id)) {
    const records = ctx.repo.meeting(meeting.id);
    if (records.resolutions.length === 0) continue;
    const items = new Map(numberedItems(ctx, meeting, board).map((i) => [i.id, i]));
    for (const resolution of records.resolutions) {
      const item = items.get(resolution.itemId);
      entries.push({
        resolution,
        meetingDate: meeting.date,
        meetingStatus: meeting.status,
        ...(item?.minuteLabel === undefined ? {} : { minuteLabel: item.minuteLabel }),
        itemTitle: item?.title ?? '',
        fromPrivateItem: item?.part === 'private',
      });
    }
  }
  const data: RegisterData = { audience: 'private', board, people: ctx.repo.all('people'), entries };
  return audience === 'public' ? publicRegister(data) : data;
}
