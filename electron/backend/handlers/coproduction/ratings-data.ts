import { numberAgenda } from '../../../../shared/domain';
import type { Audience } from '../../../../shared/domain/compose/meeting-data';
import type { CoproductionReportData, ReportRating } from '../../../../shared/domain/coproduction/report';
import type { RatingWithSet } from '../../../../shared/domain/coproduction/rating-with-set';
import type { Board } from '../../../../shared/model';
import type { HandlerContext } from '../handler-context';

/** The ratings whose subject is this meeting, each with its set: the minutes print those marked for them. */
export function meetingRatings(ctx: HandlerContext, meetingId: string): RatingWithSet[] {
  const sets = new Map(ctx.repo.all('criteriaSets').map((s) => [s.id, s]));
  const found: RatingWithSet[] = [];
  for (const rating of ctx.repo.all('ratings')) {
    if (rating.subject.meetingId !== meetingId) continue;
    const set = sets.get(rating.criteriaSetId);
    if (set !== undefined) found.push({ rating, set });
  }
  return found;
}

/**
 * Everything `composeCoproductionReport` needs for a board and period. A public report leaves out ratings of
 * exempt items and replaces unconsented names in the evidence with roles.
 */
export function coproductionReportData(
  ctx: HandlerContext,
  board: Board,
  options: { readonly audience: Audience; readonly from?: string; readonly to?: string },
): CoproductionReportData {
  const privateOf = new Map<string, Set<string>>();
  const isPrivateItem = (meetingId: string, itemId: string): boolean => {
    let ids = privateOf.get(meetingId);
    if (ids === undefined) {
      ids = new Set(
        numberAgenda(ctx.repo.meeting(meetingId).agendaItems)
          .filter((i) => i.part === 'private')
          .map((i) => i.id),
      );
      privateOf.set(meetingId, ids);
    }
    return ids.has(itemId);
  };
  const ratings: ReportRating[] = ctx.repo
    .all('ratings')
    .filter((r) => r.boardId === board.id)
    .map((rating) => ({
      rating,
      fromPrivateItem:
        rating.subject.meetingId !== undefined &&
        rating.subject.itemId !== undefined &&
        isPrivateItem(rating.subject.meetingId, rating.subject.itemId),
    }));
  return {
    audience: options.audience,
    board,
    people: ctx.repo.all('people'),
    sets: ctx.repo.all('criteriaSets').filter((s) => s.boardId === board.id),
    ratings,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
}
