// SKELETON: the area's methods are added here by its owner.
export const RATINGS_INPUTS = {} as const;

export type RatingsOutputs = Record<never, never>;
