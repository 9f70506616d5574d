import { describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/model/board';
import { boardFieldId, boardFormSchema, boardPatch, boardValues, newBoardValues } from '../../../renderer/src/features/boards/board-form-schema';

const filled = { ...newBoardValues(), name: 'Riverside Co-production Board', shortCode: 'RCPB' };

describe('the board’s decision settings, on the board form', () => {
  it('numbers parts (1) for a new board, and sends the numbering and the board’s own verbs, one a line, in capitals', () => {
    expect(boardFormSchema.parse(filled)).toMatchObject({ decisionNumbering: 'numbers' });
    expect(boardFormSchema.parse(filled)).not.toHaveProperty('decisionVerbs');
    const input = boardFormSchema.parse({ ...filled, decisionNumbering: 'roman', decisionVerbs: ' not carried \n\nORDERED TO LIE' });
    expect(input).toMatchObject({ decisionNumbering: 'roman', decisionVerbs: ['NOT CARRIED', 'ORDERED TO LIE'] });
  });

  it('names the line of a verb it cannot take, beside the verbs field', () => {
    const result = boardFormSchema.safeParse({ ...filled, decisionVerbs: 'NOT CARRIED\nRESOLVED' });
    expect(result.error?.issues.map((i) => [boardFieldId(i.path.join('.')), i.message])).toEqual([
      ['board-decision-verbs', 'Line 2, “RESOLVED”: RESOLVED is a standard verb already; list only the board’s own.'],
    ]);
    expect(boardFormSchema.safeParse({ ...filled, decisionVerbs: 'NOT CARRIED 2' }).error?.issues[0]?.message).toMatch(
      /^Line 1, “NOT CARRIED 2”: Write the verb in capital letters/,
    );
  });

  it('shows a board’s settings as they are, and clears its own verbs when the clerk empties the list', () => {
    const board = { ...boardFormSchema.parse({ ...filled, decisionVerbs: 'NOT CARRIED' }), id: 'b1' } as unknown as Board;
    expect(boardValues(board)).toMatchObject({ decisionVerbs: 'NOT CARRIED', decisionNumbering: 'numbers' });
    expect(boardPatch(boardFormSchema.parse({ ...boardValues(board), decisionVerbs: '' }), board).decisionVerbs).toBeNull();
    expect(boardPatch(boardFormSchema.parse(boardValues(board)), board).decisionVerbs).toEqual(['NOT CARRIED']);
  });
});
