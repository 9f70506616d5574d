import { describe, expect, it } from 'vitest';
import { fail, ok, type Envelope } from '../../../shared/api/envelope';
import type { Invoke } from '../../../shared/api/transport';
import { EARLY_ANSWER_KEPT_MS, firstCallsFor, startEarlyCalls, withEarlyCalls, type PlannedCall } from '../../../renderer/src/api/early-calls';
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

describe('the calls started before the app has loaded', () => {
  it('plans the shell’s status and the data of the boards list', () => {
    expect(names(firstCallsFor(parseRoute('#/boards')))).toEqual(['app.status {}', 'boards.list {}', 'members.termReminders {}']);
  });

  it('plans the meeting, people and, once the meeting answers, its board’s members on the day for the live minutes', async () => {
    const plan = firstCallsFor(parseRoute('#/meetings/m1/minutes'));
    expect(names(plan)).toEqual(['app.status {}', 'people.list {}', 'meetings.get {"id":"m1","carriedActions":false}']);
    const { invoke, calls } = backend({ 'meetings.get': { board: { id: 'b1' }, meeting: { date: '2026-12-05' } } });
    startEarlyCalls(invoke, plan, () => 0);
    await settle();
    expect(calls).toContain('members.list {"boardId":"b1","on":"2026-12-05"}');
  });

  it('plans only the shell for a screen it does not know the calls of', () => {
    expect(names(firstCallsFor(parseRoute('#/nowhere')))).toEqual(['app.status {}']);
  });

  it('hands an answer once, to the first call with the same method and input; later calls reach the backend', async () => {
    const { invoke, calls } = backend({ 'boards.list': ['early'] });
    const early = startEarlyCalls(invoke, firstCallsFor(parseRoute('#/boards')), () => 0);
    const client = withEarlyCalls(invoke, early);
    expect(calls).toHaveLength(3);
    expect(await client('boards.list', {})).toEqual(ok(['early']));
    expect(calls).toHaveLength(3);
    await client('boards.list', {});
    expect(calls.filter((c) => c === 'boards.list {}')).toHaveLength(2);
  });

  it('hands an answer to a call whose input has the same fields written in another order', async () => {
    const { invoke, calls } = backend({ 'meetings.get': 'early' });
    const early = startEarlyCalls(invoke, [{ method: 'meetings.get', input: { id: 'm1', carriedActions: false } }], () => 0);
    expect(await withEarlyCalls(invoke, early)('meetings.get', { carriedActions: false, id: 'm1' })).toEqual(ok('early'));
    expect(calls).toHaveLength(1);
  });

  it('does not hand an answer to a call with other input', async () => {
    const { invoke, calls } = backend();
    const early = startEarlyCalls(invoke, firstCallsFor(parseRoute('#/meetings/m1')), () => 0);
    await withEarlyCalls(invoke, early)('meetings.get', { id: 'm2' });
    expect(calls).toEqual(['app.status {}', 'meetings.get {"id":"m1"}', 'meetings.get {"id":"m2"}']);
  });

  it('asks afresh once an early answer has waited too long to be taken', async () => {
    let clock = 0;
    const { invoke, calls } = backend({ 'app.status': 'fresh' });
    const early = startEarlyCalls(invoke, [{ method: 'app.status', input: {} }], () => clock);
    clock = EARLY_ANSWER_KEPT_MS + 1;
    expect(early.take('app.status', {})).toBeUndefined();
    await withEarlyCalls(invoke, early)('app.status', {});
    expect(calls).toEqual(['app.status {}', 'app.status {}']);
  });

  it('hands a failure over as it came, and does not follow it with the calls that needed its answer', async () => {
    const { invoke, calls } = backend();
    const early = startEarlyCalls(invoke, firstCallsFor(parseRoute('#/meetings/gone/minutes')), () => 0);
    await settle();
    const answer: Envelope<unknown> | undefined = await early.take('meetings.get', { id: 'gone', carriedActions: false });
    expect(answer).toEqual(fail('not_found', 'Nothing for meetings.get'));
    expect(calls.some((c) => c.startsWith('members.list'))).toBe(false);
  });

  it('never leaves a rejected call unhandled (vitest fails the run on one), and hands the rejection to its taker', async () => {
    const invoke: Invoke = () => Promise.reject(new Error('the line dropped'));
    const early = startEarlyCalls(invoke, firstCallsFor(parseRoute('#/boards')), () => 0);
    await settle();
    await expect(early.take('app.status', {})).rejects.toThrow('the line dropped');
  });
});
