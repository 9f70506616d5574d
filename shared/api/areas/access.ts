// SKELETON: the area's methods are added here by its owner.
export const ACCESS_INPUTS = {} as const;

export type AccessOutputs = Record<never, never>;
