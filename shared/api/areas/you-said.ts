// SKELETON: the area's methods are added here by its owner.
export const YOU_SAID_INPUTS = {} as const;

export type YouSaidOutputs = Record<never, never>;
