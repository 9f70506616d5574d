import type { CriteriaSet, Rating } from '../../model';

/** A rating with the set it was made against, whose criteria and scale give its scores their words. */
export type RatingWithSet = { readonly rating: Rating; readonly set: CriteriaSet };
