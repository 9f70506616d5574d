import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INPUTS } from '../../../shared/api/inputs';
import type { Method } from '../../../shared/api';
import { harness, type Harness } from '../../support/temp-backend';

/** The methods that take a period, `from` and `to`, at the top of their input. */
const PERIOD_METHODS = Object.entries(INPUTS)
  .filter(([, schema]) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { format?: string }> };
    return json.properties?.['from']?.format === 'date' && json.properties['to']?.format === 'date';
  })
  .map(([method]) => method as Method);

/** What each of them needs besides its period. */
const extra = (method: Method): Record<string, string> => (method === 'reports.render' ? { kind: 'participation', format: 'pdf' } : {});

describe('periods and dates through the contract', () => {
  let h: Harness;
  let boardId: string;

  beforeAll(async () => {
    h = harness();
    h.clock.set('2025-07-01T09:00:00.000Z');
    const board = await h.call('boards.create', { name: 'Carers Board', shortCode: 'CB', kind: 'co-production-board', quorum: 2 });
    boardId = board.id;
    await h.call('meetings.create', { boardId, date: '2025-06-10', startTime: '14:00' });
  });
  afterAll(() => h?.dispose());

  it('answers the participation and diversity reports for year 1 as invalid input, not an internal error', async () => {
    for (const method of ['participation.report', 'diversity.report'] as const) {
      for (const input of [{ from: '0001-01-01' }, { to: '0001-01-01' }, { from: '2025-01-01', to: '9999-12-31' }]) {
        const refusal = await h.refusal(method, { boardId, ...input });
        expect(refusal, `${method} ${JSON.stringify(input)}`).toMatchObject({ code: 'invalid_input', message: 'Give a date between 1900 and 2200.' });
      }
    }
  });

  it('finds the methods that take a period', () => {
    expect(PERIOD_METHODS).toEqual(
      expect.arrayContaining(['meetings.list', 'resolutions.list', 'participation.report', 'diversity.report', 'youSaid.report', 'reports.render']),
    );
  });

  it('refuses, for every method that takes a period, one that ends before it starts', async () => {
    for (const method of PERIOD_METHODS) {
      const refusal = await h.refusal(method, { boardId, from: '2025-06-30', to: '2025-06-01', ...extra(method) });
      expect(refusal, method).toMatchObject({ code: 'invalid_input', path: 'to', message: 'The period must end on or after the day it starts.' });
    }
  });

  it('still answers a period of one day', async () => {
    for (const method of PERIOD_METHODS) {
      const envelope = await h.backend.dispatch(method, { boardId, from: '2025-06-10', to: '2025-06-10', ...extra(method) });
      expect(envelope.ok, method).toBe(true);
    }
  });
});
