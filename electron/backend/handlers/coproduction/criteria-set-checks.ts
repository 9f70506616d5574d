import type { z } from 'zod';
import type { CriterionFields } from '../../../../shared/api/areas/ratings';
import type { CriteriaSet, Criterion, Rating } from '../../../../shared/model';
import { ApiFailure, type HandlerContext } from '../handler-context';

const key = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/** A board's sets in use must have different names, so a clerk can tell them apart. */
export function checkSetName(ctx: HandlerContext, boardId: string, name: string, exceptId: string | undefined, path: string): void {
  const clash = ctx.repo.all('criteriaSets').find((s) => s.boardId === boardId && !s.archived && s.id !== exceptId && key(s.name) === key(name));
  if (clash !== undefined) {
    throw new ApiFailure('conflict', `This board already has a set called "${clash.name}". Edit that one, or archive it first.`, path);
  }
}

function checkDistinct(values: readonly string[], path: string, what: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(key(value)))
      throw new ApiFailure('invalid_input', `Two ${what} are both called "${value}": give each its own name.`, `${path}.${index}`);
    seen.add(key(value));
  });
}

export function checkScale(scale: readonly string[], path: string): void {
  checkDistinct(scale, path, 'points of the scale');
}

/** The ratings made against a set. */
export const ratingsOf = (ctx: HandlerContext, setId: string): Rating[] => ctx.repo.all('ratings').filter((r) => r.criteriaSetId === setId);

/**
 * The criteria a form sent, as the set will hold them: existing criteria keep their ids, new ones get fresh
 * ones. A criterion that some rating has scored cannot be left out: those scores would lose their meaning.
 */
export function editedCriteria(
  ctx: HandlerContext,
  existing: CriteriaSet | undefined,
  sent: readonly z.infer<typeof CriterionFields>[],
  path: string,
): Criterion[] {
  checkDistinct(
    sent.map((c) => c.name),
    path,
    'criteria',
  );
  const known = new Map((existing?.criteria ?? []).map((c) => [c.id, c]));
  const criteria = sent.map((c, index): Criterion => {
    if (c.id !== undefined && existing !== undefined && !known.has(c.id)) {
      throw new ApiFailure('not_found', 'That criterion is not in this set. Reload the page and try again.', `${path}.${index}.id`);
    }
    const id = c.id !== undefined && known.has(c.id) ? c.id : ctx.ids.next();
    return { id, name: c.name, ...(c.question === undefined || c.question === '' ? {} : { question: c.question }) };
  });
  if (existing === undefined) return criteria;
  const kept = new Set(criteria.map((c) => c.id));
  const ratings = ratingsOf(ctx, existing.id);
  for (const gone of existing.criteria.filter((c) => !kept.has(c.id))) {
    const scored = ratings.filter((r) => r.scores.some((s) => s.criterionId === gone.id)).length;
    if (scored > 0) {
      throw new ApiFailure(
        'conflict',
        `"${gone.name}" has been scored in ${scored === 1 ? '1 rating' : `${scored} ratings`}, so it cannot be removed: those scores would lose their meaning. ` +
          'You can reword it, or archive this set and start a new one.',
        path,
      );
    }
  }
  return criteria;
}

/** The highest score any rating of the set gave, or null. */
export function highestScore(ratings: readonly Rating[]): number | null {
  const scores = ratings.flatMap((r) => r.scores.map((s) => s.score));
  return scores.length === 0 ? null : Math.max(...scores);
}

/** A scale may be reworded or lengthened; it cannot be shortened below a score already given. */
export function checkScaleKeepsScores(ctx: HandlerContext, existing: CriteriaSet, scale: readonly string[], path: string): void {
  const highest = highestScore(ratingsOf(ctx, existing.id));
  if (highest !== null && highest > scale.length - 1) {
    throw new ApiFailure(
      'conflict',
      `A rating gave "${existing.scale[highest] ?? `point ${highest + 1}`}", point ${highest + 1} of the scale, so the scale cannot be shortened to ${scale.length} points. ` +
        'You can reword the points, or archive this set and start a new one.',
      path,
    );
  }
}
