import { describe, expect, it } from 'vitest';
import { HALF_DAY_MINUTES, preparationHours, sessionBand, workOutReward } from '../../../../shared/domain/reward/reward-lines';
import { rate } from './reward-fixtures';

const rates = [
  rate({ id: 'half', band: 'up-to-half-day', amountPence: 2500 }),
  rate({ id: 'full', band: 'over-half-day', amountPence: 5000 }),
  rate({ id: 'prep', band: 'preparation-hour', amountPence: 1255 }),
];
const facts = { role: 'expert-by-experience' as const, boardId: 'b1', date: '2025-06-10' };

describe('working out a claim’s reward', () => {
  it('pays up to and including four hours as half a day, and anything longer as more', () => {
    expect(HALF_DAY_MINUTES).toBe(240);
    expect(sessionBand(240)).toBe('up-to-half-day');
    expect(sessionBand(241)).toBe('over-half-day');
    expect(sessionBand(0)).toBeUndefined();
  });

  it('rounds preparation to the nearest quarter hour', () => {
    expect(preparationHours(50)).toBe(0.75);
    expect(preparationHours(53)).toBe(1);
    expect(preparationHours(7)).toBe(0);
    expect(preparationHours(8)).toBe(0.25);
    expect(preparationHours(90)).toBe(1.5);
  });

  it('makes a session line and a preparation line with the rates’ ids and amounts', () => {
    const worked = workOutReward({ ...facts, durationMinutes: 300, preparationMinutes: 90 }, rates);
    expect(worked).toEqual({
      ok: true,
      lines: [
        { band: 'over-half-day', rateId: 'full', quantity: 1, unitPence: 5000, amountPence: 5000 },
        // 1.5 × £12.55 = £18.825, rounded to the nearest penny.
        { band: 'preparation-hour', rateId: 'prep', quantity: 1.5, unitPence: 1255, amountPence: 1883 },
      ],
    });
  });

  it('leaves out the lines for no time and no preparation', () => {
    expect(workOutReward({ ...facts, durationMinutes: 0, preparationMinutes: 60 }, rates)).toEqual({
      ok: true,
      lines: [{ band: 'preparation-hour', rateId: 'prep', quantity: 1, unitPence: 1255, amountPence: 1255 }],
    });
    expect(workOutReward({ ...facts, durationMinutes: 0, preparationMinutes: 5 }, rates)).toEqual({ ok: true, lines: [] });
  });

  it('names every band that has no rate', () => {
    const worked = workOutReward({ ...facts, role: 'carer', durationMinutes: 120, preparationMinutes: 30 }, rates);
    expect(worked).toEqual({
      ok: false,
      missing: [
        { role: 'carer', band: 'up-to-half-day', date: '2025-06-10' },
        { role: 'carer', band: 'preparation-hour', date: '2025-06-10' },
      ],
    });
  });
});

describe('a change of rate', () => {
  it('applies from its date and leaves a claim worked out earlier as it was', () => {
    const before = workOutReward({ ...facts, date: '2025-07-01', durationMinutes: 120, preparationMinutes: 0 }, rates);
    const raised = [...rates, rate({ id: 'half-2025', band: 'up-to-half-day', amountPence: 3000, effectiveFrom: '2025-09-01' })];
    const earlierAgain = workOutReward({ ...facts, date: '2025-07-01', durationMinutes: 120, preparationMinutes: 0 }, raised);
    const later = workOutReward({ ...facts, date: '2025-09-01', durationMinutes: 120, preparationMinutes: 0 }, raised);
    expect(before).toEqual(earlierAgain);
    expect(before.ok && before.lines[0]?.amountPence).toBe(2500);
    expect(later.ok && later.lines[0]).toEqual({ band: 'up-to-half-day', rateId: 'half-2025', quantity: 1, unitPence: 3000, amountPence: 3000 });
  });
});
