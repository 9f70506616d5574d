import { boardCopyOfDefault, defaultCriteriaSet } from '../../../../shared/domain/coproduction/default-sets';
import type { CriteriaSet, Rating } from '../../../../shared/model';

const T = '2025-01-01T10:00:00.000Z';

export const SIX_POINT: CriteriaSet = boardCopyOfDefault(defaultCriteriaSet('six-point-test'), { id: 'set-six', boardId: 'b1', now: T });
export const LADDER: CriteriaSet = boardCopyOfDefault(defaultCriteriaSet('ladder-of-participation'), { id: 'set-ladder', boardId: 'b1', now: T });

/** A rating of the six-point test, scores given in the order of the set's criteria (null leaves one unscored). */
export function rating(id: string, ratedOn: string, scores: readonly (number | null)[], overrides: Partial<Rating> = {}): Rating {
  return {
    id,
    boardId: 'b1',
    criteriaSetId: SIX_POINT.id,
    subject: { kind: 'project', name: 'Carers strategy' },
    ratedOn,
    scores: SIX_POINT.criteria.flatMap((c, i) => {
      const score = scores[i];
      return score === null || score === undefined ? [] : [{ criterionId: c.id, score, evidence: `Evidence for ${c.name} on ${ratedOn}` }];
    }),
    ratedBy: [
      { kind: 'expert-by-experience', count: 3 },
      { kind: 'officer', count: 1 },
    ],
    appendToMinutes: false,
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}
