import { Attendance, Declaration, Meeting } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { definedOnly, requireEditableMeeting, requireInMeeting, requirePerson, stamps } from '../lookup';
import { mergePatch } from '../merge-patch';

function attendanceOf(ctx: HandlerContext, meetingId: string, personId: string): Attendance | undefined {
  return ctx.repo.meeting(meetingId).attendance.find((a) => a.personId === personId);
}

export const attendanceHandlers: HandlerMap<
  | 'attendance.set'
  | 'attendance.recordMovement'
  | 'attendance.remove'
  | 'attendance.markPresent'
  | 'attendance.undoMovement'
  | 'declarations.add'
  | 'declarations.update'
  | 'declarations.remove'
> = {
  'attendance.set': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requirePerson(ctx, input.personId);
    if (input.substituteForPersonId !== undefined) {
      requirePerson(ctx, input.substituteForPersonId, 'substituteForPersonId');
      if (input.substituteForPersonId === input.personId) {
        throw new ApiFailure('invalid_input', 'A person cannot substitute for themselves.', 'substituteForPersonId');
      }
    }
    const existing = attendanceOf(ctx, meeting.id, input.personId);
    const { meetingId: _m, ...fields } = input;
    const record = Attendance.parse({
      movements: [],
      ...(existing ?? { id: ctx.ids.next(), meetingId: meeting.id, ...stamps(ctx) }),
      substituteForPersonId: undefined,
      note: undefined,
      ...definedOnly(fields),
      updatedAt: ctx.clock.now(),
    });
    // Apologies recorded take back the clerk's word that none were received, in the same write.
    const unsaid =
      record.status === 'apologies' && meeting.noApologiesReceived === true
        ? [
            {
              type: 'put' as const,
              collection: 'meetings' as const,
              record: Meeting.parse({ ...meeting, noApologiesReceived: undefined, updatedAt: ctx.clock.now() }),
            },
          ]
        : [];
    ctx.repo.commit([{ type: 'put', collection: 'attendance', record }, ...unsaid]);
    return record;
  },

  'attendance.recordMovement': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    const existing = attendanceOf(ctx, meeting.id, input.personId);
    if (existing === undefined || (existing.status !== 'present' && existing.status !== 'in-attendance' && existing.status !== 'observer')) {
      throw new ApiFailure(
        'conflict',
        'Mark the person as present, in attendance or observing before recording an arrival or departure.',
        'personId',
      );
    }
    const movement = { kind: input.kind, itemId: input.itemId, ...(input.when === undefined || input.when === 'during' ? {} : { when: input.when }) };
    const record = Attendance.parse({
      ...existing,
      movements: [...existing.movements, movement],
      updatedAt: ctx.clock.now(),
    });
    ctx.repo.commit([{ type: 'put', collection: 'attendance', record }]);
    return record;
  },

  'attendance.remove': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const existing = attendanceOf(ctx, meeting.id, input.personId);
    if (existing === undefined) throw new ApiFailure('not_found', 'That person has no attendance recorded for this meeting.', 'personId');
    ctx.repo.commit([{ type: 'delete', collection: 'attendance', id: existing.id, meetingId: meeting.id }]);
    return { removed: [existing.id] };
  },

  'attendance.markPresent': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const records = [...new Set(input.personIds)].map((personId, i) => {
      requirePerson(ctx, personId, `personIds.${i}`);
      const existing = attendanceOf(ctx, meeting.id, personId);
      return Attendance.parse({
        ...(existing ?? { id: ctx.ids.next(), meetingId: meeting.id, personId, movements: [], ...stamps(ctx) }),
        status: 'present',
        updatedAt: ctx.clock.now(),
      });
    });
    // One commit: everyone is marked, or nobody is.
    ctx.repo.commit(records.map((record) => ({ type: 'put', collection: 'attendance', record })));
    return records;
  },

  'attendance.undoMovement': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const existing = attendanceOf(ctx, meeting.id, input.personId);
    if (existing === undefined || existing.movements.length === 0) {
      throw new ApiFailure('conflict', 'No arrival or departure is recorded for that person at this meeting.', 'personId');
    }
    const record = Attendance.parse({ ...existing, movements: existing.movements.slice(0, -1), updatedAt: ctx.clock.now() });
    ctx.repo.commit([{ type: 'put', collection: 'attendance', record }]);
    return record;
  },

  'declarations.add': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'agendaItems', input.itemId, 'itemId');
    requirePerson(ctx, input.personId);
    const record = Declaration.parse({ ...input, id: ctx.ids.next(), ...stamps(ctx) });
    ctx.repo.commit([{ type: 'put', collection: 'declarations', record }]);
    return record;
  },

  'declarations.update': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    const existing = requireInMeeting(ctx, meeting.id, 'declarations', input.id);
    if (input.patch.itemId !== undefined) requireInMeeting(ctx, meeting.id, 'agendaItems', input.patch.itemId, 'patch.itemId');
    if (input.patch.personId !== undefined) requirePerson(ctx, input.patch.personId, 'patch.personId');
    const record = Declaration.parse({ ...mergePatch(existing, input.patch), updatedAt: ctx.clock.now() });
    ctx.repo.commit([{ type: 'put', collection: 'declarations', record }]);
    return record;
  },

  'declarations.remove': (input, ctx) => {
    const meeting = requireEditableMeeting(ctx, input.meetingId);
    requireInMeeting(ctx, meeting.id, 'declarations', input.id);
    ctx.repo.commit([{ type: 'delete', collection: 'declarations', id: input.id, meetingId: meeting.id }]);
    return { removed: [input.id] };
  },
};
