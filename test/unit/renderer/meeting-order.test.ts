import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model/meeting';
import { approvalChoices, correctionChoices, previousMeeting } from '../../../renderer/src/features/approval/meeting-order';
import { meeting } from '../../support/builders';

const m = (id: string, date: string, status: Meeting['status'], extra: Partial<Meeting> = {}): Meeting => meeting({ id, date, status, ...extra });

describe('which meetings approve, precede and correct', () => {
  const board = [
    m('jan', '2025-01-14', 'minutes-signed'),
    m('feb', '2025-02-11', 'cancelled'),
    m('mar', '2025-03-11', 'minutes-drafted'),
    m('apr', '2025-04-08', 'agenda-published'),
    m('may', '2025-05-13', 'draft'),
    m('jun', '2025-06-10', 'held'),
    m('other', '2025-04-01', 'agenda-published', { boardId: 'b2' }),
  ];

  it('approves at a later meeting of the same board with a published agenda, soonest first', () => {
    expect(approvalChoices(board, m('mar', '2025-03-11', 'minutes-drafted')).map((x) => x.id)).toEqual(['apr', 'jun']);
  });

  it('finds the previous meeting, passing over cancelled ones', () => {
    expect(previousMeeting(board, m('mar', '2025-03-11', 'minutes-drafted'))?.id).toBe('jan');
    expect(previousMeeting(board, m('jan', '2025-01-14', 'minutes-signed'))).toBeUndefined();
  });

  it('minutes a correction at a later meeting that is neither signed nor cancelled', () => {
    expect(correctionChoices(board, m('jan', '2025-01-14', 'minutes-signed')).map((x) => x.id)).toEqual(['mar', 'apr', 'may', 'jun']);
  });
});
