import { describe, expect, it } from 'vitest';
import { boardName, bodyIn, titleCase } from '../../../../shared/domain/past-minutes/board-name';
import { para } from '../../../support/past-minutes/units';

describe('the board’s name', () => {
  it('takes "Minutes of the meeting of" and "held on ..." off the heading', () => {
    expect(bodyIn('Minutes of a meeting of the Planning Committee held on Wednesday 11 March 2020 at 6.30 pm')).toBe('Planning Committee');
    expect(bodyIn('MINUTES of a meeting of the ADULTS AND HEALTH SELECT COMMITTEE held at County Hall')).toBe('Adults and Health Select Committee');
  });

  it('keeps abbreviations in capitals when it puts a heading in title case', () => {
    expect(titleCase('NHS HARROWFIELD INTEGRATED CARE BOARD')).toBe('NHS Harrowfield Integrated Care Board');
  });

  it('prefers the committee to the council above it, and does not take a sentence', () => {
    const found = boardName([
      para('Kestrel Vale District Council', { kind: 'heading', level: 1 }, 1),
      para('Planning Committee', { kind: 'heading', level: 2 }, 2),
    ]);
    expect(found?.name).toBe('Planning Committee');
    expect(found?.unit.lines.from).toBe(2);
    expect(bodyIn('The Committee has requested an update on co-production in Adult Social Care.')).toBeUndefined();
  });

  it('takes a parish council’s own name when nothing else is named', () => {
    expect(boardName([para('ELMSTEAD PARISH COUNCIL', { kind: 'heading', level: 1 })])?.name).toBe('Elmstead Parish Council');
  });
});
