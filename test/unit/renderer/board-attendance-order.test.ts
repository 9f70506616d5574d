import { describe, expect, it } from 'vitest';
import { boardFormSchema, boardValues, newBoardValues } from '../../../renderer/src/features/boards/board-form-schema';

const filled = { ...newBoardValues(), name: 'Riverside Co-production Board', shortCode: 'RCPB' };

describe('the order of the attendance list, on the board form', () => {
  it('starts by surname for a new board, and sends the order the clerk chose', () => {
    expect(newBoardValues().attendanceOrder).toBe('surname');
    expect(boardFormSchema.parse(filled).attendanceOrder).toBe('surname');
    expect(boardFormSchema.parse({ ...filled, attendanceOrder: 'by-role' }).attendanceOrder).toBe('by-role');
  });

  it('shows a board with no order chosen (made before there was a choice) as by surname, as its minutes print', () => {
    const board = { ...boardFormSchema.parse(filled), id: 'b1', archived: false, seldomHeardGroups: [], createdAt: 'x', updatedAt: 'x' };
    const { attendanceOrder: _dropped, ...older } = board;
    expect(
      boardValues({ ...older, minuteNumbering: { template: '{n}.', restart: 'municipal-year' } } as Parameters<typeof boardValues>[0])
        .attendanceOrder,
    ).toBe('surname');
  });
});
