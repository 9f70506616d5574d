import { describe, expect, it } from 'vitest';
import { dueInText, dueOf, ownerOf, statusOf } from '../../../../shared/domain/past-minutes/action-fields';

describe('an action’s owner, due date and status', () => {
  it('maps initials, TBC and organisations, and leaves named people for the clerk', () => {
    expect(ownerOf('JB')).toEqual({ kind: 'initials', initials: 'JB' });
    expect(ownerOf('J.B.')).toEqual({ kind: 'initials', initials: 'J.B.' });
    expect(ownerOf('TBC')).toEqual({ kind: 'tbc' });
    expect(ownerOf('NHS Westmoor ICB')).toEqual({ kind: 'organisation', name: 'NHS Westmoor ICB' });
    expect(ownerOf('Director of Public Health')).toBeUndefined();
  });

  it('maps a day, a month, the next meeting and words', () => {
    expect(dueOf('31 March 2015')).toEqual({ kind: 'date', date: '2015-03-31' });
    expect(dueOf('March 2015')).toEqual({ kind: 'month', month: '2015-03' });
    expect(dueOf('Next meeting')).toEqual({ kind: 'next-meeting' });
    expect(dueOf('TBC')).toEqual({ kind: 'words', words: 'TBC' });
    expect(dueOf('end of June 2024')).toEqual({ kind: 'words', words: 'end of June 2024' });
    expect(dueOf('n/a')).toBeUndefined();
  });

  it('finds the due date written in the action’s words', () => {
    expect(dueInText('JB to circulate the plan by 31 March 2015')).toEqual({ kind: 'date', date: '2015-03-31' });
    expect(dueInText('to report back by the next meeting')).toEqual({ kind: 'next-meeting' });
    expect(dueInText('to update the policy')).toBeUndefined();
  });

  it('maps statuses and leaves unknown ones out', () => {
    expect(['Complete', 'In progress', 'Open', 'Withdrawn'].map(statusOf)).toEqual(['done', 'in-progress', 'open', 'cancelled']);
    expect(statusOf('tbc in meeting')).toBeUndefined();
  });
});
