import type { AccessChecklistView, TermReminderView } from '../../../../shared/api/areas/access';
import { accessChecklist, accessNeedLabel, isLocked, meetingStatusLabel, needsOf, termReminders, expectedAttendees } from '../../../../shared/domain';
import { AccessArrangement, type Meeting } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { requireBoard, requireMeeting, requirePerson, today } from '../lookup';

/**
 * Arrangements may be ticked at any time before the minutes are signed, including after the agenda is published
 * and after the meeting (to record what was in place); not for a cancelled meeting, and not once the minutes are
 * signed, when the meeting's record is closed like every other part of it.
 */
function whyNotArrangeable(meeting: Meeting): string | undefined {
  if (meeting.status === 'cancelled') return `This meeting is “${meetingStatusLabel('cancelled')}”, so nothing needs arranging for it.`;
  if (isLocked(meeting.status)) return 'The minutes of this meeting have been signed, so its checklist is kept as it stood.';
  return undefined;
}

function checklistSources(ctx: HandlerContext, meeting: Meeting): Parameters<typeof accessChecklist>[0] {
  const records = ctx.repo.meeting(meeting.id);
  return {
    meeting,
    memberships: ctx.repo.all('memberships'),
    people: ctx.repo.all('people'),
    attendance: records.attendance,
    arrangements: records.accessArrangements,
  };
}

export const accessHandlers: HandlerMap<'access.checklist' | 'access.arrange' | 'members.termReminders'> = {
  'access.checklist': (input, ctx): AccessChecklistView => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const board = requireBoard(ctx, meeting.boardId);
    const why = whyNotArrangeable(meeting);
    return {
      ...accessChecklist(checklistSources(ctx, meeting)),
      meeting: {
        id: meeting.id,
        boardId: board.id,
        boardName: board.name,
        date: meeting.date,
        startTime: meeting.startTime,
        ...(meeting.title === undefined ? {} : { title: meeting.title }),
        status: meeting.status,
      },
      canArrange: why === undefined,
      ...(why === undefined ? {} : { why }),
    };
  },

  'access.arrange': (input, ctx) => {
    const meeting = requireMeeting(ctx, input.meetingId);
    const why = whyNotArrangeable(meeting);
    if (why !== undefined) throw new ApiFailure(isLocked(meeting.status) ? 'locked' : 'conflict', why);
    const person = requirePerson(ctx, input.personId);
    const sources = checklistSources(ctx, meeting);
    if (!expectedAttendees(sources).has(person.id)) {
      throw new ApiFailure('invalid_input', `${person.name} is not expected at this meeting, so nothing needs arranging for them.`, 'personId');
    }
    if (!needsOf(person).some((n) => n.need === input.need)) {
      throw new ApiFailure('invalid_input', `${person.name} has not told us of a need for “${accessNeedLabel(input.need)}”.`, 'need');
    }
    const existing = sources.arrangements.find((a) => a.personId === person.id && a.need === input.need);
    const now = ctx.clock.now();
    const note = input.note ?? existing?.note;
    const record = AccessArrangement.parse({
      id: existing?.id ?? ctx.ids.next(),
      meetingId: meeting.id,
      personId: person.id,
      need: input.need,
      arranged: input.arranged,
      // An empty note clears the one kept before.
      ...(note === undefined || note === '' ? {} : { note }),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    ctx.repo.commit([{ type: 'put', collection: 'accessArrangements', record }]);
    return record;
  },

  'members.termReminders': (input, ctx) => {
    const boards = new Map(ctx.repo.all('boards').map((b) => [b.id, b]));
    if (input.boardId !== undefined) requireBoard(ctx, input.boardId);
    const memberships = ctx.repo.all('memberships').filter((m) => input.boardId === undefined || m.boardId === input.boardId);
    const byId = new Map(memberships.map((m) => [m.id, m]));
    const views: TermReminderView[] = [];
    for (const reminder of termReminders(memberships, today(ctx))) {
      const person = ctx.repo.get('people', reminder.personId);
      const board = boards.get(reminder.boardId);
      const membership = byId.get(reminder.membershipId);
      if (person === undefined || board === undefined || membership === undefined) continue;
      views.push({ ...reminder, personName: person.name, personKind: person.kind, role: membership.role, boardName: board.name });
    }
    return views;
  },
};
