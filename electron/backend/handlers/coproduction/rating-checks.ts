import type { z } from 'zod';
import type { RatingFields } from '../../../../shared/api/areas/ratings';
import { isLocked } from '../../../../shared/domain';
import type { CriteriaSet, Rating, RatingSubject } from '../../../../shared/model';
import { ApiFailure, type HandlerContext } from '../handler-context';
import { requireInMeeting, requireMeeting } from '../lookup';

type Fields = z.infer<typeof RatingFields>;

export function requireSet(ctx: HandlerContext, boardId: string, id: string, path = 'criteriaSetId'): CriteriaSet {
  const set = ctx.repo.get('criteriaSets', id);
  if (set === undefined || set.boardId !== boardId) throw new ApiFailure('not_found', 'This board has no criteria set with that id.', path);
  return set;
}

export function requireSetById(ctx: HandlerContext, id: string): CriteriaSet {
  const set = ctx.repo.get('criteriaSets', id);
  if (set === undefined) throw new ApiFailure('not_found', 'There is no criteria set with that id.', 'id');
  return set;
}

export const archivedSet = (name: string, path = 'criteriaSetId'): ApiFailure =>
  new ApiFailure(
    'conflict',
    `"${name}" is archived, so nothing new can be rated against it. Bring it back from the archive first, or choose another set.`,
    path,
  );

export const noMeetingForMinutes = (): ApiFailure =>
  new ApiFailure('invalid_input', 'Choose the meeting whose minutes this rating is to be printed with.', 'subject.meetingId');

export function requireRating(ctx: HandlerContext, id: string): Rating {
  const rating = ctx.repo.get('ratings', id);
  if (rating === undefined) throw new ApiFailure('not_found', 'There is no rating with that id.', 'id');
  return rating;
}

/** A rating printed in signed minutes is part of the record: it can no longer change. */
export function refuseIfInSignedMinutes(ctx: HandlerContext, rating: Pick<Rating, 'appendToMinutes' | 'subject'>, path?: string): void {
  if (!rating.appendToMinutes || rating.subject.meetingId === undefined) return;
  const meeting = ctx.repo.get('meetings', rating.subject.meetingId);
  if (meeting !== undefined && isLocked(meeting.status)) {
    throw new ApiFailure(
      'locked',
      'This rating is an appendix to minutes that have been approved and signed, so it cannot be changed. Make a new rating instead, without the appendix.',
      path,
    );
  }
}

/** The subject as stored: an item must be one on the agenda of one of the board's meetings, and names itself. */
export function checkedSubject(ctx: HandlerContext, boardId: string, subject: Fields['subject'], appendToMinutes: boolean): RatingSubject {
  const { kind, meetingId, itemId } = subject;
  if (kind === 'item' && (meetingId === undefined || itemId === undefined)) {
    throw new ApiFailure(
      'invalid_input',
      'Choose the meeting and the agenda item that was rated.',
      meetingId === undefined ? 'subject.meetingId' : 'subject.itemId',
    );
  }
  if (itemId !== undefined && meetingId === undefined)
    throw new ApiFailure('invalid_input', 'Choose the meeting the item was on.', 'subject.meetingId');
  if (appendToMinutes && meetingId === undefined) throw noMeetingForMinutes();
  let name = subject.name;
  if (meetingId !== undefined) {
    const meeting = requireMeeting(ctx, meetingId, 'subject.meetingId');
    if (meeting.boardId !== boardId) throw new ApiFailure('not_found', 'That meeting belongs to another board.', 'subject.meetingId');
    if (itemId !== undefined) {
      const item = requireInMeeting(ctx, meetingId, 'agendaItems', itemId, 'subject.itemId');
      if (kind === 'item' && (name === undefined || name === '')) name = item.title;
    }
  }
  if (name === undefined || name === '') {
    throw new ApiFailure(
      'invalid_input',
      kind === 'project' ? 'Name the project that was rated.' : 'Name the workstream that was rated.',
      'subject.name',
    );
  }
  return { kind, name, ...(meetingId === undefined ? {} : { meetingId }), ...(itemId === undefined ? {} : { itemId }) };
}

/** Every score is of a criterion of the set, once, and on its scale; each kind of member is counted once. */
export function checkScores(set: CriteriaSet, fields: Pick<Fields, 'scores' | 'ratedBy'>): void {
  const seen = new Set<string>();
  fields.scores.forEach((score, index) => {
    const criterion = set.criteria.find((c) => c.id === score.criterionId);
    if (criterion === undefined) throw new ApiFailure('invalid_input', `That criterion is not in "${set.name}".`, `scores.${index}.criterionId`);
    if (seen.has(score.criterionId))
      throw new ApiFailure('invalid_input', `"${criterion.name}" is scored twice: give it one score.`, `scores.${index}`);
    seen.add(score.criterionId);
    if (score.score > set.scale.length - 1) {
      throw new ApiFailure('invalid_input', `The score for "${criterion.name}" is not on the scale of "${set.name}".`, `scores.${index}.score`);
    }
  });
  const kinds = new Set<string>();
  fields.ratedBy.forEach((entry, index) => {
    if (kinds.has(entry.kind)) throw new ApiFailure('invalid_input', 'Count each kind of member once.', `ratedBy.${index}.kind`);
    kinds.add(entry.kind);
  });
}
