// SKELETON: the area's methods are added here by its owner.
export const REWARD_INPUTS = {} as const;

export type RewardOutputs = Record<never, never>;
