import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

describe('non-working days', () => {
  it('gives the shipped bank holidays when the data folder adds none', async () => {
    const view = await h.call('calendar.nonWorkingDays', {});
    expect(view.days).toContainEqual({ date: '2025-12-25', title: 'Christmas Day', source: 'bank-holiday' });
    expect(view.knownThroughYear).toBeGreaterThanOrEqual(2030);
    expect(view.file).toBe(path.join(h.backend.dataDir, 'non-working-days.json'));
    expect(view.problem).toBeUndefined();
  });

  it('adds the days listed in non-working-days.json in the data folder, read afresh each time', async () => {
    const file = path.join(h.backend.dataDir, 'non-working-days.json');
    writeFileSync(
      file,
      JSON.stringify({
        days: [
          { date: '2025-12-29', title: 'Council closed' },
          { date: '2031-01-01', title: 'New Year’s Day' },
        ],
      }),
    );
    const view = await h.call('calendar.nonWorkingDays', {});
    expect(view.days).toContainEqual({ date: '2025-12-29', title: 'Council closed', source: 'data-folder' });
    expect(view.knownThroughYear).toBe(2031);
    expect(view.days.map((d) => d.date)).toEqual(view.days.map((d) => d.date).toSorted());
  });

  it('reports a mistake in the file and still gives the bank holidays', async () => {
    writeFileSync(path.join(h.backend.dataDir, 'non-working-days.json'), JSON.stringify({ days: [{ date: '2025-13-01', title: 'Nonsense' }] }));
    const view = await h.call('calendar.nonWorkingDays', {});
    expect(view.problem).toMatch(/^non-working-days\.json has a mistake at days\.0\.date/);
    expect(view.days.some((d) => d.source === 'data-folder')).toBe(false);
    expect(view.days.length).toBeGreaterThan(80);
  });
});
