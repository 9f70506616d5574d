import { isLocked, londonDate, meetingStatusLabel } from '../../../shared/domain';
import type { Board, Collection, Meeting, MeetingCollection, Person, RecordOf } from '../../../shared/model';
import { ApiFailure, type HandlerContext } from './handler-context';

export const today = (ctx: HandlerContext): string => londonDate(ctx.clock.now());

export const stamps = (ctx: HandlerContext): { createdAt: string; updatedAt: string } => {
  const now = ctx.clock.now();
  return { createdAt: now, updatedAt: now };
};

export function requireBoard(ctx: HandlerContext, id: string, path = 'boardId'): Board {
  const board = ctx.repo.get('boards', id);
  if (board === undefined) throw new ApiFailure('not_found', 'There is no board with that id.', path);
  return board;
}

export function requirePerson(ctx: HandlerContext, id: string, path = 'personId'): Person {
  const person = ctx.repo.get('people', id);
  if (person === undefined) throw new ApiFailure('not_found', 'There is no person with that id.', path);
  return person;
}

export function requireMeeting(ctx: HandlerContext, id: string, path = 'meetingId'): Meeting {
  const meeting = ctx.repo.get('meetings', id);
  if (meeting === undefined) throw new ApiFailure('not_found', 'There is no meeting with that id.', path);
  return meeting;
}

/** A meeting whose content may still change: not signed (locked) and not cancelled. */
export function requireEditableMeeting(ctx: HandlerContext, id: string, path = 'meetingId'): Meeting {
  const meeting = requireMeeting(ctx, id, path);
  if (isLocked(meeting.status)) {
    throw new ApiFailure(
      'locked',
      'These minutes have been approved and signed, so they cannot be changed. Record a correction as a minute of a later meeting.',
    );
  }
  if (meeting.status === 'cancelled') {
    throw new ApiFailure('conflict', `This meeting is "${meetingStatusLabel('cancelled')}", so it cannot be changed.`);
  }
  return meeting;
}

export function requireInMeeting<C extends MeetingCollection>(
  ctx: HandlerContext,
  meetingId: string,
  collection: C,
  id: string,
  path = 'id',
): RecordOf<C> {
  const record = (ctx.repo.meeting(meetingId)[collection] as readonly RecordOf<C>[]).find((r) => r.id === id);
  if (record === undefined) throw new ApiFailure('not_found', `There is no such ${NOUNS[collection]} in this meeting.`, path);
  return record;
}

const NOUNS: Readonly<Record<Collection, string>> = {
  boards: 'board',
  people: 'person',
  memberships: 'membership',
  meetings: 'meeting',
  agendaItems: 'agenda item',
  attendance: 'attendance record',
  declarations: 'declaration',
  minutes: 'minute',
  resolutions: 'decision',
  actions: 'action',
  attachments: 'attachment',
  accessArrangements: 'access arrangement',
  rewardRates: 'reward rate',
  rewardClaims: 'claim',
  criteriaSets: 'criteria set',
  ratings: 'rating',
  diversityResponses: 'diversity response',
  youSaidWeDid: '"you said, we did" entry',
};

/** Drops keys whose value is undefined, so a patch does not blank fields it did not mention. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
