import { describe, expect, it } from 'vitest';
import { isNameLike, isOrganisation, nameKey, splitTitle } from '../../../../shared/domain/past-minutes/names';

describe('telling names from jobs and bodies', () => {
  it('reads names with titles, initials and honours, and a lone surname only under a title', () => {
    expect(isNameLike('Councillor A Smith')).toBe(true);
    expect(isNameLike('Dr J. Smith')).toBe(true);
    expect(isNameLike('Jane Hanna OBE')).toBe(true);
    expect(isNameLike('Cllr Jones')).toBe(true);
    expect(isNameLike('Jones')).toBe(false);
    expect(isNameLike('Jones', true)).toBe(true);
  });

  it('does not read jobs or bodies as names', () => {
    expect(isNameLike('Director of Public Health')).toBe(false);
    expect(isNameLike('Rotherham MBC')).toBe(false);
    expect(isNameLike('Head of Planning')).toBe(false);
  });

  it('tells an organisation from a job title', () => {
    expect(isOrganisation('NHS Rotherham')).toBe(true);
    expect(isOrganisation('Healthwatch Harrowfield')).toBe(true);
    expect(isOrganisation('Leader of the Council')).toBe(false);
  });

  it('compares names without titles, dots or case', () => {
    expect(splitTitle('County Councillor Ann Lee')).toEqual({ title: 'County Councillor', rest: 'Ann Lee' });
    expect(nameKey('Cllr J. O’Neill (Chair)')).toBe('j oneill');
  });
});
