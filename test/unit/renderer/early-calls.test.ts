import { QueryObserver } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/api/envelope';
import type { Invoke } from '../../../shared/api/transport';
import { createClient } from '../../../renderer/src/api/client';
import { firstCallsFor, prefetchEarly } from '../../../renderer/src/api/early-calls';
import type { PlannedCall } from '../../../renderer/src/api/planned-call';
import { createQueryClient, EARLY_ANSWER_KEPT_MS } from '../../../renderer/src/api/query-client';
import { parseRoute } from '../../../renderer/src/routing/routes';

/** A backend that records each call and answers from `answers` (by method), or "not found". */
function backend(answers: Record<string, unknown> = {}): { invoke: Invoke; calls: string[] } {
  const calls: string[] = [];
  const invoke: Invoke = (method, input) => {
    calls.push(`${method} ${JSON.stringify(input)}`);
    return Promise.resolve(method in answers ? ok(answers[method]) : fail('not_found', `Nothing for ${method}`));
  };
  return { invoke, calls };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const names = (calls: readonly PlannedCall[]): string[] => calls.map((c) => `${c.method} ${JSON.stringify(c.input)}`);

/** What a screen does when it shows: subscribes to the query of one call, as useQuery does, and reads its answer. */
async function screenAsks(queryClient: ReturnType<typeof createQueryClient>, invoke: Invoke, method: string, input: unknown): Promise<unknown> {
  const observer = new QueryObserver(queryClient, { queryKey: [method, input], queryFn: () => invoke(method, input) });
  const unsubscribe = observer.subscribe(() => undefined);
  await settle();
  const result = observer.getCurrentResult();
  unsubscribe();
  return result.data;
}

describe('the calls started before the app has loaded', () => {
  it('plans, from the route table, the shell’s status and the data of the boards list', () => {
    expect(names(firstCallsFor(parseRoute('#/boards')))).toEqual(['app.status {}', 'boards.list {}', 'members.termReminders {}']);
  });

  it('plans only the shell for a screen the table gives no calls for, and for an unknown address', () => {
    expect(names(firstCallsFor(parseRoute('#/actions')))).toEqual(['app.status {}']);
    expect(names(firstCallsFor(parseRoute('#/nowhere')))).toEqual(['app.status {}']);
  });

  it('puts each answer in the query cache under the key the screen uses, asking the backend once', async () => {
    const { invoke, calls } = backend({ 'boards.list': ['early'], 'app.status': { readOnly: false }, 'members.termReminders': [] });
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/boards')));
    expect(calls).toHaveLength(3);
    await settle();
    expect(queryClient.getQueryData(['boards.list', {}])).toEqual(['early']);
    // The screen shows within moments: it is handed the answer, and nothing more is asked.
    expect(await screenAsks(queryClient, invoke, 'boards.list', {})).toEqual(['early']);
    expect(calls.filter((c) => c.startsWith('boards.list'))).toHaveLength(1);
  });

  it('finds the answer whatever order the screen writes its input’s fields in', async () => {
    const { invoke } = backend({ 'meetings.get': { board: { id: 'b1' }, meeting: { date: '2026-12-05' } } });
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/meetings/m1/minutes')));
    await settle();
    expect(queryClient.getQueryData(['meetings.get', { carriedActions: false, id: 'm1' }])).toMatchObject({ board: { id: 'b1' } });
  });

  it('asks for the board’s members on the meeting’s day once the meeting has answered, for the live minutes', async () => {
    const { invoke, calls } = backend({ 'meetings.get': { board: { id: 'b1' }, meeting: { date: '2026-12-05' } } });
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/meetings/m1/minutes')));
    await settle();
    await settle();
    expect(calls).toEqual([
      'app.status {}',
      'people.list {}',
      'meetings.get {"id":"m1","carriedActions":false}',
      'members.list {"boardId":"b1","on":"2026-12-05"}',
    ]);
  });

  it('keeps an early answer fresh for a few seconds only, then a screen asks afresh', async () => {
    const { invoke } = backend({ 'boards.list': [] });
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/boards')));
    await settle();
    const staleTime = queryClient.getDefaultOptions().queries?.staleTime;
    const query = queryClient.getQueryCache().find({ queryKey: ['boards.list', {}], exact: true });
    if (typeof staleTime !== 'function' || query === undefined) throw new Error('no early query, or no stale time for it');
    expect(staleTime(query)).toBe(EARLY_ANSWER_KEPT_MS);
    // Asked again (its second answer), it is stale at once, as every screen's answers are.
    await query.fetch();
    expect(staleTime(query)).toBe(0);
  });

  it('keeps a failure as the screen’s error, and does not follow it with the calls that needed its answer', async () => {
    const { invoke, calls } = backend();
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/meetings/gone/minutes')));
    await settle();
    expect(queryClient.getQueryState(['meetings.get', { id: 'gone', carriedActions: false }])?.error).toMatchObject({ code: 'not_found' });
    expect(calls.some((c) => c.startsWith('members.list'))).toBe(false);
  });

  it('never leaves a rejected call unhandled (vitest fails the run on one)', async () => {
    const invoke: Invoke = () => Promise.reject(new Error('the line dropped'));
    const queryClient = createQueryClient();
    prefetchEarly(queryClient, createClient(invoke).call, firstCallsFor(parseRoute('#/boards')));
    await settle();
    expect(queryClient.getQueryState(['app.status', {}])?.error).toMatchObject({ code: 'internal' });
  });
});
