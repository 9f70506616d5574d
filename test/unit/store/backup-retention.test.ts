import { describe, expect, it } from 'vitest';
import { chooseKept, withinBudget, type RetainedBackup } from '../../../electron/backend/store/backup-retention';

const NOW = '2026-12-07T12:00:00.000Z';
const HOUR = 3_600_000;

/** A backup `hoursAgo` before NOW. */
const at = (hoursAgo: number, reason = 'interval'): RetainedBackup => {
  const createdAt = new Date(Date.parse(NOW) - hoursAgo * HOUR).toISOString();
  return { name: `${createdAt}-${reason}`, createdAt, reason };
};

describe('chooseKept', () => {
  it('keeps the newest three, one an hour for a day, one a day for a month and one a month for ever', () => {
    // Every half hour for 90 days.
    const backups = Array.from({ length: 90 * 48 }, (_, i) => at(i / 2));
    const kept = chooseKept(backups, NOW);
    const count = (why: string): number => [...kept.values()].filter((w) => w === why).length;
    expect(count('latest')).toBe(3);
    // 25 clock hours are touched by the last 24 hours; the newest two of them are already kept as latest.
    expect(count('hourly')).toBe(23);
    expect(count('daily')).toBeGreaterThanOrEqual(30);
    expect(count('daily')).toBeLessThanOrEqual(31);
    expect(count('monthly')).toBeGreaterThanOrEqual(2);
    // The oldest month is still represented.
    const oldest = backups.at(-1)?.createdAt.slice(0, 7);
    expect([...kept.keys()].some((name) => name.startsWith(oldest ?? 'none'))).toBe(true);
    expect(kept.size).toBeLessThan(70);
  });

  it('keeps backups made before a conversion or a restore as events only, so they never push a good one out', () => {
    const good = at(0.5, 'open');
    const failedOpens = [0.1, 0.2, 0.3, 0.4, 0.45].map((h) => at(h, 'before-migration'));
    const kept = chooseKept([good, ...failedOpens], NOW);
    expect(kept.get(good.name)).toBe('hourly');
    expect([...kept.entries()].filter(([name]) => name.endsWith('before-migration'))).toHaveLength(3);
  });

  it('keeps the newest three made by hand, whatever their age', () => {
    const manual = [100, 2000, 3000, 4000].map((h) => at(h, 'manual'));
    const kept = chooseKept([at(0), ...manual], NOW);
    expect(kept.has(manual[2]?.name ?? '')).toBe(true);
  });
});

describe('withinBudget', () => {
  it('drops the oldest first until the backups fit, never the latest', () => {
    const backups = [at(0), at(1), at(2), at(500), at(1000), at(2000)];
    const kept = chooseKept(backups, NOW);
    // Each backup takes 10 bytes of its own.
    const trimmed = withinBudget(kept, backups, 45, (names) => names.size * 10);
    expect([...trimmed.keys()].sort()).toEqual([at(0), at(1), at(2), at(500)].map((b) => b.name).sort());
    const tiny = withinBudget(kept, backups, 1, (names) => names.size * 10);
    expect([...tiny.values()]).toEqual(['latest', 'latest', 'latest']);
  });
});
