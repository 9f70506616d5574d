import { describe, expect, it } from 'vitest';
import { apologiesInItem, isApologiesTitle } from '../../../../shared/domain/past-minutes/apologies-item';
import { paras } from '../../../support/past-minutes/units';

describe('attendance written into an apologies item', () => {
  it('knows an apologies or substitutes item by its title', () => {
    expect(isApologiesTitle('To receive apologies for absence')).toBe(true);
    expect(isApologiesTitle('Apologies for Absence and Temporary Appointments')).toBe(true);
    expect(isApologiesTitle('Finance report')).toBe(false);
  });

  it('reads apologies received, apologies sent and substitutes', () => {
    const people = apologiesInItem(
      paras(
        'Apologies were received and accepted from Cllr A Trent (work commitments) and Cllr H Moss.',
        'Councillor B Hill sent apologies. Councillor C Ray attended as substitute for Councillor B Hill.',
      ),
    );
    expect(people.map((p) => [p.name, p.status, p.substituteFor])).toEqual([
      ['Cllr A Trent', 'apologies', undefined],
      ['Cllr H Moss', 'apologies', undefined],
      ['Councillor B Hill', 'apologies', undefined],
      ['Councillor C Ray', 'present', 'Councillor B Hill'],
    ]);
  });

  it('reads "There were no apologies" as nobody', () => {
    expect(apologiesInItem(paras('There were no apologies for absence.'))).toEqual([]);
  });
});
