import type { RatingWithSet } from './rating-with-set';

/**
 * Ratings as a public document may show them: a rating of an exempt item goes, and the subject's name and the
 * evidence are scrubbed of unconsented names and exempt titles like any other free text.
 */
export function publicRatings(
  ratings: readonly RatingWithSet[],
  privateItemIds: ReadonlySet<string>,
  scrub: (text: string) => string,
): RatingWithSet[] {
  return ratings
    .filter(({ rating }) => rating.subject.itemId === undefined || !privateItemIds.has(rating.subject.itemId))
    .map(({ rating, set }) => ({
      set,
      rating: {
        ...rating,
        subject: { ...rating.subject, name: scrub(rating.subject.name) },
        scores: rating.scores.map((s) => (s.evidence === undefined ? s : { ...s, evidence: scrub(s.evidence) })),
      },
    }));
}
