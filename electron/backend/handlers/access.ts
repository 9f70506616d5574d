import type { HandlerMap } from './handler-context';

// SKELETON: the area's handlers are added here by its owner.
export const accessHandlers: HandlerMap<never> = {};
