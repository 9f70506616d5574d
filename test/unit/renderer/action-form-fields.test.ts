import { describe, expect, it } from 'vitest';
import {
  draftOf,
  draftProblems,
  fieldsOf,
  monthOf,
  referencesOf,
  type ActionDraft,
} from '../../../renderer/src/features/live-minutes/action-form-fields';
import { requestFor } from '../../../renderer/src/features/exports/export-choices';
import type { MeetingDetail } from '../../../shared/api/views';
import { action } from '../../support/builders';

const draft = (overrides: Partial<ActionDraft>): ActionDraft => ({ ...draftOf(null), text: 'Write to the trust', ...overrides });

describe('the action form’s fields', () => {
  it('reads a month as the clerk writes it', () => {
    expect(monthOf('March 2027')).toBe('2027-03');
    expect(monthOf('sept 2026')).toBe('2026-09');
    expect(monthOf('2027-03')).toBe('2027-03');
    expect(monthOf('Ma 2027')).toBeUndefined();
    expect(monthOf('next spring')).toBeUndefined();
  });

  it('splits the council’s references at commas and semicolons, leaving out empty ones', () => {
    expect(referencesOf(' A23/04, R7; ,')).toEqual(['A23/04', 'R7']);
    expect(referencesOf('')).toEqual([]);
  });

  it('saves each kind of owner and due, and only the optional fields given', () => {
    expect(fieldsOf(draft({ ownerKind: 'initials', initials: ' JB ', dueKind: 'month', dueMonth: 'March 2027' }))).toEqual({
      text: 'Write to the trust',
      owner: { kind: 'initials', initials: 'JB' },
      due: { kind: 'month', month: '2027-03' },
    });
    expect(fieldsOf(draft({ ownerKind: 'tbc', dueKind: 'next-meeting', otherItemIds: ['i2'], references: 'A23/04' }))).toEqual({
      text: 'Write to the trust',
      owner: { kind: 'tbc' },
      due: { kind: 'next-meeting' },
      otherItemIds: ['i2'],
      references: ['A23/04'],
    });
    expect(
      fieldsOf(draft({ ownerKind: 'organisation', organisation: 'NHS Riverside', dueKind: 'words', dueWords: 'before the budget is set' })),
    ).toMatchObject({
      due: { kind: 'words', words: 'before the budget is set' },
    });
  });

  it('asks for what the chosen kinds need, in plain words', () => {
    expect(draftProblems(draft({ ownerKind: 'initials', dueKind: 'month', dueMonth: 'spring' })).map((p) => [p.field, p.message])).toEqual([
      ['initials', 'Give the owner’s initials, such as JB.'],
      ['dueMonth', 'Give the month it is due, such as March 2027.'],
    ]);
    expect(draftProblems(draft({ ownerKind: 'tbc', dueKind: 'next-meeting' }))).toEqual([]);
  });

  it('opens an action as it was saved, its month in words', () => {
    const opened = draftOf(
      action('a', { owner: { kind: 'initials', initials: 'JB' }, due: { kind: 'month', month: '2027-03' }, references: ['A1', 'B2'] }),
    );
    expect(opened).toMatchObject({ ownerKind: 'initials', initials: 'JB', dueKind: 'month', dueMonth: 'March 2027', references: 'A1, B2' });
  });
});

describe('the export dialog’s as-at day', () => {
  const detail = { meeting: { id: 'm1', status: 'held' }, resolutions: [] } as unknown as MeetingDetail;
  it('goes with the action log only, and only when given', () => {
    const base = { format: 'pdf', audience: 'private', resolution: '', archive: false } as const;
    expect(requestFor(detail, { ...base, kind: 'actions', asAt: '2027-03-01' })).toMatchObject({ kind: 'actions', asAt: '2027-03-01' });
    expect(requestFor(detail, { ...base, kind: 'actions', asAt: '' })).not.toHaveProperty('asAt');
    expect(requestFor(detail, { ...base, kind: 'agenda', asAt: '2027-03-01' })).not.toHaveProperty('asAt');
  });
});
