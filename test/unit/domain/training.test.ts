import { describe, expect, it } from 'vitest';
import { highestTraining, trainingByDate, trainingSummary } from '../../../shared/domain';
import type { TrainingRecord } from '../../../shared/model';

const records: TrainingRecord[] = [
  { level: 1, completedOn: '2024-02-01', course: 'Introduction to co-production' },
  { level: 2, completedOn: '2024-09-12' },
  { level: 2, completedOn: '2025-03-03', course: 'Refresher' },
  { level: 1, completedOn: '2025-04-01' },
];

describe('training records', () => {
  it('finds the highest level completed, the latest completion of it', () => {
    expect(highestTraining(records)).toEqual({ level: 2, completedOn: '2025-03-03', course: 'Refresher' });
    expect(highestTraining([])).toBeNull();
  });

  it('sums up the highest level for the members list', () => {
    expect(trainingSummary(records)).toBe('Level 2, completed 3 March 2025');
    expect(trainingSummary([])).toBe('None recorded');
  });

  it('lists the most recent first', () => {
    expect(trainingByDate(records).map((r) => r.completedOn)).toEqual(['2025-04-01', '2025-03-03', '2024-09-12', '2024-02-01']);
  });
});
