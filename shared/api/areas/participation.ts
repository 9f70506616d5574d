// SKELETON: the area's methods are added here by its owner.
export const PARTICIPATION_INPUTS = {} as const;

export type ParticipationOutputs = Record<never, never>;
