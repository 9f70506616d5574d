import type { Envelope } from '../../../shared/api/envelope';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { Invoke } from '../../../shared/api/transport';
import type { Route } from '../routing/routes';
import { callKey } from './call-key';

/**
 * A call the screen the app opens at is known to make as soon as it shows, with the exact input it passes, and
 * the calls it makes next with what this one answers.
 */
export type PlannedCall = {
  readonly method: Method;
  readonly input: unknown;
  readonly next?: (value: unknown) => readonly PlannedCall[];
};

function planned<M extends Method>(method: M, input: Input<M>, next?: (value: Output<M>) => readonly PlannedCall[]): PlannedCall {
  return next === undefined ? { method, input } : { method, input, next: (value) => next(value as Output<M>) };
}

/**
 * The first calls of the screen at `route`, as its code makes them (same methods, same inputs): the shell's
 * status, and for the screens a clerk most often starts at, their data. A screen not listed simply asks when it
 * shows, as every screen does when it is opened inside the app.
 */
export function firstCallsFor(route: Route): readonly PlannedCall[] {
  const shell = planned('app.status', {});
  switch (route.name) {
    case 'boards':
      return [shell, planned('boards.list', {}), planned('members.termReminders', {})];
    case 'meeting':
      return [shell, planned('meetings.get', { id: route.meetingId })];
    case 'live-minutes':
      // As useMeetingWork: people alongside the meeting, then the board's members on the meeting's day.
      return [
        shell,
        planned('people.list', {}),
        planned('meetings.get', { id: route.meetingId, carriedActions: false }, (detail) => [
          planned('members.list', { boardId: detail.board.id, on: detail.meeting.date }),
        ]),
      ];
    default:
      return [shell];
  }
}

/** How long an answer asked for early waits to be taken: past this the screen asks afresh. */
export const EARLY_ANSWER_KEPT_MS = 5_000;

/** The answers asked for early, each handed once to the first call with the same method and input. */
export type EarlyCalls = {
  /** The answer asked for early for this call, if there is one still fresh and not yet taken. */
  take(method: string, input: unknown): Promise<Envelope<unknown>> | undefined;
};

/**
 * Starts `calls` now, before React and the screens' code have loaded: at app start the script takes a few hundred
 * milliseconds to run, and the backend answers meanwhile. Each answer goes, once, to the first call made for the
 * same method and input within `EARLY_ANSWER_KEPT_MS`; after that, or once taken, calls go to the backend as usual.
 */
export function startEarlyCalls(invoke: Invoke, calls: readonly PlannedCall[], now: () => number): EarlyCalls {
  const waiting = new Map<string, { readonly answer: Promise<Envelope<unknown>>; readonly askedAt: number }>();
  const ask = (call: PlannedCall): void => {
    // A transport never rejects (failures come back as envelopes), but an early call must never surface unhandled.
    const answer = invoke(call.method, call.input);
    waiting.set(callKey(call.method, call.input), { answer, askedAt: now() });
    answer.then(
      (envelope) => {
        if (envelope.ok && call.next) for (const following of call.next(envelope.value)) ask(following);
      },
      () => undefined,
    );
  };
  for (const call of calls) ask(call);
  return {
    take(method, input) {
      const key = callKey(method, input);
      const early = waiting.get(key);
      if (early === undefined) return undefined;
      waiting.delete(key);
      return now() - early.askedAt <= EARLY_ANSWER_KEPT_MS ? early.answer : undefined;
    },
  };
}

/** An Invoke that hands out the early answers first, then reaches the backend through `invoke`. */
export function withEarlyCalls(invoke: Invoke, early: EarlyCalls): Invoke {
  return (method, input) => early.take(method, input) ?? invoke(method, input);
}
