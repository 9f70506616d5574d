import { transitionRefusal } from '../../../../shared/domain';
import { AgendaItem, Meeting, type MeetingStatus } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { requireBoard, requireEditableMeeting, requireMeeting, stamps, today } from '../lookup';
import { mergePatch } from '../merge-patch';
import { meetingDetail } from './views';

/** Moves a meeting to `to` if its life allows it, with the extra fields the step records. */
export function transitioned(ctx: HandlerContext, meeting: Meeting, to: MeetingStatus, extra: Partial<Meeting> = {}): Meeting {
  const refusal = transitionRefusal(meeting.status, to);
  if (refusal !== undefined) {
    throw new ApiFailure(meeting.status === 'minutes-signed' ? 'locked' : 'invalid_transition', refusal);
  }
  return Meeting.parse({ ...meeting, ...extra, status: to, updatedAt: ctx.clock.now() });
}

export function transition(ctx: HandlerContext, meeting: Meeting, to: MeetingStatus, extra: Partial<Meeting> = {}): Meeting {
  const next = transitioned(ctx, meeting, to, extra);
  ctx.repo.commit([{ type: 'put', collection: 'meetings', record: next }]);
  return next;
}

export const meetingHandlers: HandlerMap<
  'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.publishAgenda' | 'meetings.hold' | 'meetings.cancel'
> = {
  'meetings.list': (input, ctx) => {
    if (input.boardId !== undefined) requireBoard(ctx, input.boardId);
    return ctx.repo
      .all('meetings')
      .filter(
        (m) =>
          (input.boardId === undefined || m.boardId === input.boardId) &&
          (input.from === undefined || m.date >= input.from) &&
          (input.to === undefined || m.date <= input.to),
      )
      .toSorted((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
  },

  'meetings.get': (input, ctx) => meetingDetail(ctx, requireMeeting(ctx, input.id, 'id'), { carriedActions: input.carriedActions ?? true }),

  'meetings.create': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    if (input.endTime !== undefined && input.endTime <= input.startTime) {
      throw new ApiFailure('invalid_input', 'The meeting must end after it starts.', 'endTime');
    }
    const { withStandardItems, historic, ...fields } = input;
    // A meeting that has already happened is entered from its papers: held, with no agenda to publish.
    if (historic === true && input.date > today(ctx)) {
      throw new ApiFailure('invalid_input', 'A meeting that has already happened must be dated today or earlier.', 'date');
    }
    const past = historic === true ? { status: 'held', historic: { enteredAt: ctx.clock.now() } } : { status: 'draft' };
    const meeting = Meeting.parse({ ...fields, ...past, id: ctx.ids.next(), ...stamps(ctx) });
    const standard = withStandardItems
      ? [...board.standardItems.filter((s) => s.position === 'opening'), ...board.standardItems.filter((s) => s.position === 'closing')]
      : [];
    const items = standard.map((s, order) =>
      AgendaItem.parse({
        id: ctx.ids.next(),
        meetingId: meeting.id,
        parentId: null,
        order,
        title: s.title,
        purpose: s.purpose,
        timeAllowanceMinutes: s.timeAllowanceMinutes,
        standardKind: s.kind,
        confidentiality: { access: 'public' },
        recommendations: [],
        attachmentIds: [],
        supplementary: false,
        ...stamps(ctx),
      }),
    );
    ctx.repo.commit([
      { type: 'put', collection: 'meetings', record: meeting },
      ...items.map((record) => ({ type: 'put' as const, collection: 'agendaItems' as const, record })),
    ]);
    return meeting;
  },

  'meetings.update': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.id, 'id');
    const next = Meeting.parse({ ...mergePatch(meeting, input.patch), updatedAt: ctx.clock.now() });
    if (next.endTime !== undefined && next.endTime <= next.startTime) {
      throw new ApiFailure('invalid_input', 'The meeting must end after it starts.', 'patch.endTime');
    }
    if (next.historic !== undefined && next.date > today(ctx)) {
      throw new ApiFailure('invalid_input', 'A meeting that has already happened must be dated today or earlier.', 'patch.date');
    }
    if (next.noApologiesReceived === true && ctx.repo.meeting(meeting.id).attendance.some((a) => a.status === 'apologies')) {
      throw new ApiFailure(
        'conflict',
        'Apologies are recorded for this meeting: change them in the attendance list before saying none were received.',
        'patch.noApologiesReceived',
      );
    }
    ctx.repo.commit([{ type: 'put', collection: 'meetings', record: next }]);
    return next;
  },

  'meetings.publishAgenda': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.id, 'id');
    if (ctx.repo.meeting(meeting.id).agendaItems.length === 0) {
      throw new ApiFailure('conflict', 'The agenda has no items yet: add at least one before publishing it.');
    }
    return transition(ctx, meeting, 'agenda-published', { agendaPublishedAt: ctx.clock.now() });
  },

  'meetings.hold': (input, ctx) => transition(ctx, requireMeeting(ctx, input.id, 'id'), 'held'),

  'meetings.cancel': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.id, 'id');
    const cancellation = input.reason === undefined ? { at: ctx.clock.now() } : { at: ctx.clock.now(), reason: input.reason };
    return transition(ctx, meeting, 'cancelled', { cancellation });
  },
};
