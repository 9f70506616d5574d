import { describe, expect, it } from 'vitest';
import { declarationsIn, isDeclarationsTitle } from '../../../../shared/domain/past-minutes/declarations';

const lines = { from: 9, to: 9 };

describe('declarations of interest', () => {
  it('knows the item by its usual titles', () => {
    expect(isDeclarationsTitle('Declarations of Interest')).toBe(true);
    expect(isDeclarationsTitle("Declarations of Members' Interests")).toBe(true);
    expect(isDeclarationsTitle('Conflicts of interest')).toBe(true);
  });

  it('reads "None" and "There were no declarations" as none', () => {
    expect(declarationsIn('None.', lines)).toEqual([]);
    expect(declarationsIn('There were no declarations of interest.', lines)).toEqual([]);
  });

  it('reads who declared what kind of interest in which item, why, and whether they left', () => {
    const [d] = declarationsIn(
      "Councillor Diane Fell declared a non-registrable interest in item PL/104 as she is a member of the Residents' Association, and left the room during its consideration.",
      lines,
    );
    expect(d).toEqual({
      name: 'Councillor Diane Fell',
      itemNumber: 'PL/104',
      type: 'non-registrable',
      nature: "she is a member of the Residents' Association",
      leftTheRoom: true,
      lines,
    });
  });

  it('marks a declaration unsure when the kind of interest is not said', () => {
    const [d] = declarationsIn('Cllr Jones – item 7 – member of the Trust board.', lines);
    expect(d).toMatchObject({ name: 'Cllr Jones', itemNumber: '7', unsure: expect.stringContaining('kind of interest') });
  });
});
