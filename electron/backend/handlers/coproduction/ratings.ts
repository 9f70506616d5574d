import type { CriteriaSetView, RatingView } from '../../../../shared/api/areas/ratings';
import { numberAgenda } from '../../../../shared/domain';
import { boardCopyOfDefault, defaultCriteriaSet } from '../../../../shared/domain/coproduction/default-sets';
import { overallShare } from '../../../../shared/domain/coproduction/summary';
import { subjectKey, subjectTrend } from '../../../../shared/domain/coproduction/trend';
import { CriteriaSet, Rating, type CriterionScore } from '../../../../shared/model';
import { checkScale, checkScaleKeepsScores, checkSetName, editedCriteria, highestScore, ratingsOf } from './criteria-set-checks';
import type { HandlerContext, HandlerMap } from '../handler-context';
import { definedOnly, requireBoard, stamps } from '../lookup';
import {
  archivedSet,
  checkedSubject,
  checkScores,
  noMeetingForMinutes,
  refuseIfInSignedMinutes,
  requireRating,
  requireSet,
  requireSetById,
} from './rating-checks';

type Methods =
  | 'criteriaSets.list'
  | 'criteriaSets.addDefault'
  | 'criteriaSets.create'
  | 'criteriaSets.update'
  | 'ratings.list'
  | 'ratings.create'
  | 'ratings.update'
  | 'ratings.remove'
  | 'ratings.trend';

function setView(ctx: HandlerContext, set: CriteriaSet): CriteriaSetView {
  const ratings = ratingsOf(ctx, set.id);
  const scored = new Set(ratings.flatMap((r) => r.scores.map((s) => s.criterionId)));
  return {
    set,
    ratingCount: ratings.length,
    scoredCriterionIds: set.criteria.filter((c) => scored.has(c.id)).map((c) => c.id),
    highestScore: highestScore(ratings),
  };
}

/** Blank evidence is no evidence. */
const tidyScores = (scores: readonly CriterionScore[]): CriterionScore[] =>
  scores.map((s) => (s.evidence === undefined || s.evidence !== '' ? s : { criterionId: s.criterionId, score: s.score }));

const newestFirst = (a: RatingView, b: RatingView): number =>
  b.rating.ratedOn.localeCompare(a.rating.ratedOn) || b.rating.createdAt.localeCompare(a.rating.createdAt);

/**
 * Is it genuine co-production? A board's criteria sets (copies of the shipped ones, or its own) and the joint
 * ratings of its items, projects and workstreams against them, with each subject's trend over time.
 */
export const ratingsHandlers: HandlerMap<Methods> = {
  'criteriaSets.list': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    return ctx.repo
      .all('criteriaSets')
      .filter((s) => s.boardId === input.boardId && (input.includeArchived === true || !s.archived))
      .toSorted((a, b) => Number(a.archived) - Number(b.archived) || a.createdAt.localeCompare(b.createdAt))
      .map((s) => setView(ctx, s));
  },

  'criteriaSets.addDefault': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    const template = defaultCriteriaSet(input.key);
    checkSetName(ctx, input.boardId, template.name, undefined, 'key');
    const record = CriteriaSet.parse(boardCopyOfDefault(template, { id: ctx.ids.next(), boardId: input.boardId, now: ctx.clock.now() }));
    ctx.repo.commit([{ type: 'put', collection: 'criteriaSets', record }]);
    return record;
  },

  'criteriaSets.create': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    checkSetName(ctx, input.boardId, input.name, undefined, 'name');
    checkScale(input.scale, 'scale');
    const criteria = editedCriteria(ctx, undefined, input.criteria, 'criteria');
    const record = CriteriaSet.parse({
      id: ctx.ids.next(),
      boardId: input.boardId,
      name: input.name,
      ...(input.description === undefined || input.description === '' ? {} : { description: input.description }),
      criteria,
      scale: input.scale,
      archived: false,
      ...stamps(ctx),
    });
    ctx.repo.commit([{ type: 'put', collection: 'criteriaSets', record }]);
    return record;
  },

  'criteriaSets.update': (input, ctx) => {
    const existing = requireSetById(ctx, input.id);
    const { patch } = input;
    const archived = patch.archived ?? existing.archived;
    const name = patch.name ?? existing.name;
    if (!archived) checkSetName(ctx, existing.boardId, name, existing.id, 'patch.name');
    if (patch.scale !== undefined) {
      checkScale(patch.scale, 'patch.scale');
      checkScaleKeepsScores(ctx, existing, patch.scale, 'patch.scale');
    }
    const criteria = patch.criteria === undefined ? existing.criteria : editedCriteria(ctx, existing, patch.criteria, 'patch.criteria');
    const { description: _old, ...rest } = existing;
    const description = patch.description ?? existing.description;
    const record = CriteriaSet.parse({
      ...rest,
      name,
      ...(description === undefined || description === '' ? {} : { description }),
      criteria,
      scale: patch.scale ?? existing.scale,
      archived,
      updatedAt: ctx.clock.now(),
    });
    ctx.repo.commit([{ type: 'put', collection: 'criteriaSets', record }]);
    return record;
  },

  'ratings.list': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    const sets = new Map(ctx.repo.all('criteriaSets').map((s) => [s.id, s]));
    const numbers = new Map<string, Map<string, string>>();
    const numberIn = (meetingId: string, itemId: string): string | undefined => {
      let found = numbers.get(meetingId);
      if (found === undefined) {
        found = new Map(numberAgenda(ctx.repo.meeting(meetingId).agendaItems, { exemptOrder: board.exemptItemsOrder }).map((i) => [i.id, i.number]));
        numbers.set(meetingId, found);
      }
      return found.get(itemId);
    };
    const wanted = input.subjectName === undefined ? undefined : subjectKey(input.subjectName);
    const views: RatingView[] = [];
    for (const rating of ctx.repo.all('ratings')) {
      if (rating.boardId !== input.boardId) continue;
      if (input.criteriaSetId !== undefined && rating.criteriaSetId !== input.criteriaSetId) continue;
      if (input.subjectKind !== undefined && rating.subject.kind !== input.subjectKind) continue;
      if (wanted !== undefined && !subjectKey(rating.subject.name).includes(wanted)) continue;
      if (input.meetingId !== undefined && rating.subject.meetingId !== input.meetingId) continue;
      if (input.from !== undefined && rating.ratedOn < input.from) continue;
      if (input.to !== undefined && rating.ratedOn > input.to) continue;
      const set = sets.get(rating.criteriaSetId);
      const { meetingId, itemId } = rating.subject;
      const meetingDate = meetingId === undefined ? undefined : ctx.repo.get('meetings', meetingId)?.date;
      const itemNumber = meetingId === undefined || itemId === undefined ? undefined : numberIn(meetingId, itemId);
      views.push({
        rating,
        setName: set?.name ?? 'A set that no longer exists',
        overall: set === undefined ? null : overallShare(set, rating),
        ...(meetingDate === undefined ? {} : { meetingDate }),
        ...(itemNumber === undefined ? {} : { itemNumber }),
      });
    }
    return views.sort(newestFirst);
  },

  'ratings.create': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    const set = requireSet(ctx, input.boardId, input.criteriaSetId);
    if (set.archived) throw archivedSet(set.name);
    const subject = checkedSubject(ctx, input.boardId, input.subject, input.appendToMinutes);
    checkScores(set, input);
    refuseIfInSignedMinutes(ctx, { appendToMinutes: input.appendToMinutes, subject }, 'appendToMinutes');
    const record = Rating.parse({
      id: ctx.ids.next(),
      boardId: input.boardId,
      criteriaSetId: set.id,
      subject,
      ratedOn: input.ratedOn,
      scores: tidyScores(input.scores),
      ratedBy: input.ratedBy,
      appendToMinutes: input.appendToMinutes,
      ...stamps(ctx),
    });
    ctx.repo.commit([{ type: 'put', collection: 'ratings', record }]);
    return record;
  },

  'ratings.update': (input, ctx) => {
    const existing = requireRating(ctx, input.id);
    refuseIfInSignedMinutes(ctx, existing);
    const patch = definedOnly(input.patch);
    const set = requireSet(ctx, existing.boardId, patch.criteriaSetId ?? existing.criteriaSetId, 'patch.criteriaSetId');
    if (set.archived && set.id !== existing.criteriaSetId) throw archivedSet(set.name, 'patch.criteriaSetId');
    const appendToMinutes = patch.appendToMinutes ?? existing.appendToMinutes;
    const subject = patch.subject === undefined ? existing.subject : checkedSubject(ctx, existing.boardId, patch.subject, appendToMinutes);
    if (appendToMinutes && subject.meetingId === undefined) throw noMeetingForMinutes();
    const scores = patch.scores ?? existing.scores;
    const ratedBy = patch.ratedBy ?? existing.ratedBy;
    checkScores(set, { scores, ratedBy });
    refuseIfInSignedMinutes(ctx, { appendToMinutes, subject }, 'patch.appendToMinutes');
    const record = Rating.parse({
      ...existing,
      criteriaSetId: set.id,
      subject,
      ratedOn: patch.ratedOn ?? existing.ratedOn,
      scores: tidyScores(scores),
      ratedBy,
      appendToMinutes,
      updatedAt: ctx.clock.now(),
    });
    ctx.repo.commit([{ type: 'put', collection: 'ratings', record }]);
    return record;
  },

  'ratings.remove': (input, ctx) => {
    const existing = requireRating(ctx, input.id);
    refuseIfInSignedMinutes(ctx, existing);
    ctx.repo.commit([{ type: 'delete', collection: 'ratings', id: existing.id }]);
    return { removed: [existing.id] };
  },

  'ratings.trend': (input, ctx) => {
    requireBoard(ctx, input.boardId);
    const set = requireSet(ctx, input.boardId, input.criteriaSetId);
    return subjectTrend(
      set,
      ctx.repo.all('ratings').filter((r) => r.boardId === input.boardId),
      input.subjectName,
    );
  },
};
