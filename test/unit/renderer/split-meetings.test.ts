import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model/meeting';
import { splitMeetings } from '../../../renderer/src/features/meetings/split-meetings';

const meeting = (id: string, date: string, startTime = '14:00'): Meeting => ({
  id,
  boardId: 'b',
  date,
  startTime,
  status: 'draft',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
});

describe('upcoming and past meetings', () => {
  const meetings = [
    meeting('old', '2024-03-01'),
    meeting('today-late', '2024-06-10', '18:00'),
    meeting('next', '2024-07-01'),
    meeting('today-early', '2024-06-10', '10:00'),
    meeting('older', '2024-01-15'),
    meeting('later', '2024-09-01'),
  ];

  it('counts today as upcoming and lists upcoming meetings soonest first', () => {
    expect(splitMeetings(meetings, '2024-06-10').upcoming.map((m) => m.id)).toEqual(['today-early', 'today-late', 'next', 'later']);
  });

  it('lists past meetings most recent first', () => {
    expect(splitMeetings(meetings, '2024-06-10').past.map((m) => m.id)).toEqual(['old', 'older']);
  });

  it('leaves the list it was given untouched', () => {
    const before = meetings.map((m) => m.id);
    splitMeetings(meetings, '2024-06-10');
    expect(meetings.map((m) => m.id)).toEqual(before);
  });
});
