import { describe, expect, it } from 'vitest';
import { accessNeedErrors, accessNeedsInput, accessNeedValues } from '../../../renderer/src/features/members/access-need-values';
import { newPersonValues, personErrors, personInput, personValues } from '../../../renderer/src/features/members/person-values';
import { trainingErrors, trainingInput, trainingValues } from '../../../renderer/src/features/members/training-values';
import type { Person } from '../../../shared/model/person';

const T = '2025-01-01T00:00:00.000Z';
const maya: Person = {
  id: 'p1',
  name: 'Maya Ellis',
  publicName: 'Maya Ellis',
  consentToBeNamed: true,
  kind: 'expert-by-experience',
  accessNeeds: [{ kind: 'other', detail: 'A quiet room' }, { kind: 'bsl-interpreter' }],
  training: [
    { level: 1, completedOn: '2024-02-01' },
    { level: 2, completedOn: '2025-03-03', course: 'Refresher' },
  ],
  createdAt: T,
  updatedAt: T,
};

describe('access needs on the person form', () => {
  it('round-trips a person’s needs, in the usual order', () => {
    const values = accessNeedValues(maya.accessNeeds);
    expect(values).toEqual({ other: 'A quiet room', 'bsl-interpreter': '' });
    expect(accessNeedsInput(values)).toEqual([{ kind: 'bsl-interpreter' }, { kind: 'other', detail: 'A quiet room' }]);
  });

  it('asks what an "other" need is, and trims details', () => {
    expect(accessNeedErrors({ other: '  ' }, 'edit')).toEqual([{ fieldId: 'edit-need-other-detail', message: 'Say what the other access need is' }]);
    expect(accessNeedErrors({ 'large-print': '' }, 'edit')).toEqual([]);
    expect(accessNeedsInput({ 'large-print': '  18 point ' })).toEqual([{ kind: 'large-print', detail: '18 point' }]);
  });
});

describe('training records on the person form', () => {
  it('lists the most recent first and sends them back as records', () => {
    const rows = trainingValues(maya.training);
    expect(rows.map((r) => [r.level, r.completedOn, r.course])).toEqual([
      ['2', '2025-03-03', 'Refresher'],
      ['1', '2024-02-01', ''],
    ]);
    expect(trainingInput(rows)).toEqual([
      { level: 2, completedOn: '2025-03-03', course: 'Refresher' },
      { level: 1, completedOn: '2024-02-01' },
    ]);
  });

  it('asks for a real completion date, naming the record', () => {
    const [first, second] = trainingValues(maya.training);
    if (first === undefined || second === undefined) throw new Error('two rows expected');
    const errors = trainingErrors([first, { ...second, completedOn: '2025-02-30' }], 'add');
    expect(errors).toEqual([{ fieldId: `add-${second.key}-date`, message: 'Enter the date training record 2 was completed' }]);
  });
});

describe('the whole person form', () => {
  it('carries needs and training to people.create and people.update', () => {
    const input = personInput(personValues(maya));
    expect(input.accessNeeds).toEqual([{ kind: 'bsl-interpreter' }, { kind: 'other', detail: 'A quiet room' }]);
    expect(input.training).toHaveLength(2);
    expect(personInput(newPersonValues())).toMatchObject({ accessNeeds: [], training: [] });
  });

  it('reports an "other" need without detail with the other problems', () => {
    const values = { ...newPersonValues(), accessNeeds: { other: '' } };
    expect(personErrors(values, 'add-member').map((e) => e.fieldId)).toEqual(['add-member-name', 'add-member-need-other-detail']);
  });
});
