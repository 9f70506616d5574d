import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../shared/model';
import { boardFieldId, boardFormSchema, boardValues, newBoardValues, yearStartsOf } from '../../../../renderer/src/features/boards/board-form-schema';
import { alreadyHappened } from '../../../../renderer/src/features/meetings/meeting-form-schema';

describe('the first minute number of a municipal year, on the board form', () => {
  it('reads one year a line, in the forms clerks write them, in the order of the years', () => {
    expect(yearStartsOf('2025/26 12\n24/25: 45\n\n2023 7')).toEqual([
      { year: 2023, first: 7 },
      { year: 2024, first: 45 },
      { year: 2025, first: 12 },
    ]);
    const parsed = boardFormSchema.parse({ ...newBoardValues(), name: 'Board', shortCode: 'B', yearStarts: '2024/25 45' });
    expect(parsed.minuteNumbering?.yearStarts).toEqual([{ year: 2024, first: 45 }]);
    expect(boardFormSchema.parse({ ...newBoardValues(), name: 'Board', shortCode: 'B' }).minuteNumbering?.yearStarts).toBeUndefined();
  });

  it('names the line it cannot read, or the year given twice, beside the field', () => {
    const unread = boardFormSchema.safeParse({ ...newBoardValues(), name: 'Board', shortCode: 'B', yearStarts: '2024/25 45\n2024/26 3' });
    expect(unread.error?.issues.map((i) => [boardFieldId(i.path.join('.')), i.message])).toEqual([
      ['board-year-starts', 'Line 2, “2024/26 3”: write the municipal year, then its first minute number, as 2024/25 45'],
    ]);
    const twice = boardFormSchema.safeParse({ ...newBoardValues(), name: 'Board', shortCode: 'B', yearStarts: '2024/25 45\n24/25 50' });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['Give each municipal year once']);
    expect(boardFieldId('patch.minuteNumbering.yearStarts')).toBe('board-year-starts');
  });

  it('shows a board’s starts as it saved them', () => {
    const saved = { minuteNumbering: { template: '{n}.', restart: 'municipal-year', yearStarts: [{ year: 2024, first: 45 }] } } as Partial<Board>;
    const board = { ...boardFromValues(), ...saved } as Board;
    expect(boardValues(board).yearStarts).toBe('2024/25 45');
  });
});

describe('a new meeting that has already happened', () => {
  it('is one dated before today unless the clerk says not, and never one dated later', () => {
    expect(alreadyHappened(null, '2024-09-12', '2025-06-01')).toBe(true);
    expect(alreadyHappened(false, '2024-09-12', '2025-06-01')).toBe(false);
    expect(alreadyHappened(null, '2025-06-01', '2025-06-01')).toBe(false);
    expect(alreadyHappened(true, '2025-06-01', '2025-06-01')).toBe(true);
    expect(alreadyHappened(true, '2025-06-02', '2025-06-01')).toBe(false);
  });
});

function boardFromValues(): Board {
  const at = '2025-06-01T09:00:00.000Z';
  return {
    id: 'b1',
    name: 'Board',
    shortCode: 'B',
    kind: 'committee',
    quorum: 3,
    municipalYearStart: { month: 5, day: 1 },
    minuteNumbering: { template: '{n}.', restart: 'municipal-year' },
    resolutionReferencing: { template: '{minute}-{r}' },
    standardItems: [],
    seldomHeardGroups: [],
    archived: false,
    createdAt: at,
    updatedAt: at,
  } as Board;
}
