import { describe, expect, it } from 'vitest';
import { actionsFromRow, tableColumns } from '../../../../shared/domain/past-minutes/action-tables';
import { row } from '../../../support/past-minutes/units';

describe('tables that carry actions', () => {
  it('reads an action log by its header', () => {
    const columns = tableColumns(['Ref', 'Action', 'Owner', 'Due', 'Status']);
    expect(columns).toEqual({ ref: 0, action: 1, owner: 2, due: 3, status: 4 });
    if (!columns) throw new Error('no columns');
    expect(actionsFromRow(row(['A23/34', 'Report on diagnostics', 'SP', 'September 2023', 'In progress'], 0, 7), columns)).toEqual([
      {
        text: 'Report on diagnostics',
        ownerText: 'SP',
        owner: { kind: 'initials', initials: 'SP' },
        due: { kind: 'month', month: '2023-09' },
        reference: 'A23/34',
        status: 'in-progress',
        lines: { from: 7, to: 7 },
      },
    ]);
  });

  it('marks a status it does not know unsure', () => {
    const columns = tableColumns(['Ref', 'Action', 'Owner', 'Due', 'Status']);
    if (!columns) throw new Error('no columns');
    expect(actionsFromRow(row(['A1', 'Review risk', 'TBC', 'TBC', 'tbc in meeting']), columns)[0]).toMatchObject({
      owner: { kind: 'tbc' },
      unsure: expect.stringMatching(/status/),
    });
  });

  it('reads a minutes table whose action cell holds only initials, taking the discussion’s last sentence', () => {
    const columns = tableColumns(['Item', 'Discussion', 'Action']);
    expect(columns).toEqual({ item: 0, discussion: 1, action: 2 });
    if (!columns) throw new Error('no columns');
    expect(actionsFromRow(row(['4', 'AK presented. Examples to be tested with Speak Up.', 'AK']), columns)[0]).toMatchObject({
      text: 'Examples to be tested with Speak Up.',
      owner: { kind: 'initials', initials: 'AK' },
    });
  });

  it('does not take an ordinary table for one that carries actions', () => {
    expect(tableColumns(['Name', 'Role', 'Organisation'])).toBeUndefined();
  });
});
