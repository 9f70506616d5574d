import { describe, expect, it } from 'vitest';
import type { SearchKind } from '../../../shared/api/search';
import type { SearchDocument } from '../../../electron/backend/search/search-documents';
import { SearchIndex } from '../../../electron/backend/search/search-index';

let serial = 0;
function doc(meetingDate: string, text: string, more: { title?: string; kind?: SearchKind; boardId?: string; id?: string } = {}): SearchDocument {
  serial += 1;
  const id = more.id ?? `d${serial}`;
  return {
    id,
    kind: more.kind ?? 'minute',
    recordId: id,
    meetingId: `m-${meetingDate}`,
    boardId: more.boardId ?? 'b1',
    meetingDate,
    title: more.title ?? '',
    text,
  };
}

function indexOf(docs: readonly SearchDocument[]): SearchIndex {
  const index = new SearchIndex();
  for (const d of docs) index.put(d);
  return index;
}

const ids = (index: SearchIndex, text: string, limit = 10): string[] => index.search({ text }, limit).hits.map((hit) => hit.id);

describe('the search index', () => {
  it('ranks the same match higher the more recent its meeting', () => {
    const index = indexOf([
      doc('2019-03-01', 'Respite beds were discussed.', { id: 'old' }),
      doc('2025-03-01', 'Respite beds were discussed.', { id: 'new' }),
      doc('2022-03-01', 'Respite beds were discussed.', { id: 'middle' }),
    ]);
    expect(ids(index, 'respite')).toEqual(['new', 'middle', 'old']);
  });

  it('lets a strong match from a few years back outrank a passing mention this year', () => {
    const filler = 'the board noted the report and thanked officers for the update on the work programme '.repeat(4);
    const index = indexOf([
      doc('2025-05-01', 'Hospital discharge delays were explained in full.', { id: 'strong-now', title: 'Hospital discharge' }),
      doc('2025-06-01', `${filler} A word on hospital discharge. ${filler}`, { id: 'passing-now' }),
      doc('2023-05-01', 'Hospital discharge delays were explained in full.', { id: 'strong-then', title: 'Hospital discharge' }),
    ]);
    expect(ids(index, 'hospital discharge')).toEqual(['strong-now', 'strong-then', 'passing-now']);
  });

  it('stops at older years once none of their matches could make the list, and says how far back it counted', () => {
    const recent = Array.from({ length: 30 }, (_, i) => doc('2025-02-01', `Carers support number ${i}.`));
    const index = indexOf([...recent, doc('2014-02-01', 'Carers support in 2014.', { id: 'ancient' })]);
    expect(index.search({ text: 'carers' }, 5)).toMatchObject({ total: 30, complete: false, searchedFrom: '2025' });
    const everything = index.search({ text: 'carers' }, 50);
    expect(everything).toMatchObject({ total: 31, complete: true });
    expect(everything.hits.at(-1)?.id).toBe('ancient');
  });

  it('needs every word, in any field, and tells which indexed words matched for the snippet', () => {
    const index = indexOf([
      doc('2025-01-01', 'Reference REF/300/10-1 was agreed.', { id: 'ref', kind: 'resolution' }),
      doc('2025-01-01', 'Reference REF/301/10-1 was agreed.', { kind: 'resolution' }),
      doc('2025-01-01', 'Volunteers training.', { id: 'train', title: 'Recruitment' }),
    ]);
    expect(ids(index, 'REF/300/10-1')).toEqual(['ref']);
    expect(ids(index, 'recruitment volunt')).toEqual(['train']);
    expect(index.search({ text: 'recruitment volunt' }, 10).hits[0]?.terms.toSorted()).toEqual(['recruitment', 'volunteers']);
    expect(ids(index, 'recruitment budget')).toEqual([]);
  });

  it('narrows by board and by kind before ranking', () => {
    const index = indexOf([
      doc('2025-01-01', 'Transport to day centres.', { id: 'b1-minute' }),
      doc('2025-01-01', 'Transport to day centres.', { id: 'b2-minute', boardId: 'b2' }),
      doc('2025-01-01', 'Review transport.', { id: 'b2-action', boardId: 'b2', kind: 'action' }),
    ]);
    expect(
      index
        .search({ text: 'transport', boardId: 'b2' }, 10)
        .hits.map((hit) => hit.id)
        .toSorted(),
    ).toEqual(['b2-action', 'b2-minute']);
    expect(index.search({ text: 'transport', kinds: ['action'] }, 10).hits.map((hit) => hit.id)).toEqual(['b2-action']);
    expect(index.search({ text: 'transport', boardId: 'b1', kinds: ['action'] }, 10)).toMatchObject({ hits: [], total: 0, complete: true });
  });

  it('forgives a slip of a letter only when the exact words find nothing', () => {
    const index = indexOf([doc('2025-01-01', 'The improvement plan.', { id: 'plan' }), doc('2025-01-01', 'Improvment noted.', { id: 'typo' })]);
    expect(ids(index, 'improvment')).toEqual(['typo']);
    expect(ids(index, 'improvmen')).toEqual(['typo']);
    expect(ids(index, 'improvemnt')).toContain('plan');
  });

  it('drops a removed record and an emptied year', () => {
    const index = indexOf([doc('2020-01-01', 'Ferries timetable.', { id: 'ferry' })]);
    index.remove('ferry');
    expect(index.search({ text: 'ferries' }, 10)).toEqual({ hits: [], total: 0, complete: true });
  });
});
