import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../../shared/api/search';
import type { ResolutionView } from '../../../shared/api/views';
import {
  dateRange,
  DEFAULT_RESOLUTION_FILTERS,
  filterResolutions,
  parseResolutionFilters,
  resolutionFiltersSearch,
} from '../../../renderer/src/features/resolutions/resolution-filters';
import { hitHref, indexingWords, parseSearchForm, resultWords, searchFormSearch } from '../../../renderer/src/features/search/search-form';
import { hrefFor, parseRoute, routeKey } from '../../../renderer/src/routing/routes';

const T = '2025-01-01T10:00:00.000Z';
function decision(id: string, overrides: Partial<ResolutionView> = {}): ResolutionView {
  return {
    id,
    meetingId: 'm1',
    itemId: 'i1',
    order: 0,
    kind: 'RESOLVED',
    parts: [{ id: `${id}-1`, text: 'That the report be noted.' }],
    createdAt: T,
    updatedAt: T,
    boardId: 'b1',
    boardName: 'Carers Board',
    meetingDate: '2025-01-14',
    itemTitle: 'Short breaks',
    meetingStatus: 'minutes-signed',
    ...overrides,
  };
}

describe('the resolutions register’s filters', () => {
  it('round-trips through the address and ignores half-typed dates', () => {
    const filters = { boardId: 'b1', kind: 'RECOMMENDED' as const, from: '2024-05-01', to: '2025-04-30', words: 'respite care' };
    expect(parseResolutionFilters(resolutionFiltersSearch(filters))).toEqual(filters);
    expect(resolutionFiltersSearch(DEFAULT_RESOLUTION_FILTERS)).toBe('');
    expect(parseResolutionFilters('from=2024-5&kind=MAYBE')).toEqual(DEFAULT_RESOLUTION_FILTERS);
    expect(dateRange({ ...DEFAULT_RESOLUTION_FILTERS, from: '2024-05-01', to: '' })).toEqual({ from: '2024-05-01' });
  });

  it('filters by kind and by every word, in the reference, the words, the item or the board, without minding accents or case', () => {
    const list = [
      decision('r1', { reference: 'CB/2025/4-1', parts: [{ id: 'p', text: 'That a café meeting be held.' }] }),
      decision('r2', { kind: 'RECOMMENDED', recommendedTo: 'Cabinet', itemTitle: 'Respite budget' }),
      decision('r3', { kind: 'NOTED', boardName: 'Health Board' }),
    ];
    expect(filterResolutions(list, { kind: 'RECOMMENDED', words: '' }).map((r) => r.id)).toEqual(['r2']);
    expect(filterResolutions(list, { kind: '', words: 'CAFE held' }).map((r) => r.id)).toEqual(['r1']);
    expect(filterResolutions(list, { kind: '', words: 'cb/2025/4' }).map((r) => r.id)).toEqual(['r1']);
    expect(filterResolutions(list, { kind: '', words: 'respite cabinet' }).map((r) => r.id)).toEqual(['r2']);
    expect(filterResolutions(list, { kind: '', words: 'health' }).map((r) => r.id)).toEqual(['r3']);
  });
});

describe('search', () => {
  const hit = (target: SearchHit['target']): SearchHit => ({
    id: 'x',
    kind: 'minute',
    title: 'T',
    snippet: { text: '', marks: [] },
    boardId: 'b1',
    boardName: 'B',
    meetingId: 'm1',
    meetingDate: '2025-01-14',
    private: false,
    overdue: false,
    target,
  });

  it('keeps the search in the address', () => {
    const form = { text: 'respite “care”', boardId: 'b1', kind: 'action' as const };
    expect(parseSearchForm(searchFormSearch(form))).toEqual(form);
    expect(parseSearchForm('kind=other')).toEqual({ text: '', boardId: '', kind: '' });
  });

  it('opens a result at its item, a minute in the live minutes, or an action in the tracker whatever its status', () => {
    expect(parseRoute(hitHref(hit({ screen: 'meeting', meetingId: 'm/1', itemId: 'i 2' })))).toEqual({
      name: 'meeting',
      meetingId: 'm/1',
      itemId: 'i 2',
    });
    const minute = hitHref(hit({ screen: 'live-minutes', meetingId: 'm/1', itemId: 'i 2' }));
    expect(minute).toBe('#/meetings/m%2F1/minutes?item=i+2');
    expect(parseRoute(minute)).toEqual({ name: 'live-minutes', meetingId: 'm/1', itemId: 'i 2' });
    const action = parseRoute(hitHref(hit({ screen: 'actions', actionId: 'a1', boardId: 'b1' })));
    expect(action).toEqual({ name: 'actions', search: 'board=b1&status=all&action=a1' });
  });

  it('says how many results there are, and when older meetings are still being indexed', () => {
    const results = (total: number, shown: number, ready = true, complete = true): SearchResults => ({
      text: 'respite',
      hits: Array.from({ length: shown }, () => hit({ screen: 'meeting', meetingId: 'm1' })),
      total,
      complete,
      ...(complete ? {} : { searchedFrom: '2023' }),
      index: { ready, indexedMeetings: 240, totalMeetings: 600 },
    });
    expect(resultWords(results(0, 0))).toBe('No results for “respite”.');
    expect(resultWords(results(1, 1))).toBe('1 result for “respite”.');
    expect(resultWords(results(1200, 50))).toBe('1,200 results for “respite”: the best 50 are shown. Add words to narrow the search.');
    expect(resultWords(results(2739, 50, true, false))).toBe(
      'At least 2,739 results for “respite” (counted in meetings from 2023 on): the best 50 are shown. Add words to narrow the search.',
    );
    expect(indexingWords(results(3, 3))).toBeNull();
    expect(indexingWords(results(3, 3, false))).toBe('Minute Book is still indexing older meetings (240 of 600 so far), so more results may appear.');
  });
});

describe('tracker routes', () => {
  it('reads the tracker screens with their filters, and keeps one key whatever the filters', () => {
    expect(parseRoute('#/actions')).toEqual({ name: 'actions', search: '' });
    expect(parseRoute('#/resolutions?board=b1&q=a%3Fb')).toEqual({ name: 'resolutions', search: 'board=b1&q=a%3Fb' });
    expect(parseRoute('#/search?q=x')).toEqual({ name: 'search', search: 'q=x' });
    expect(routeKey({ name: 'search', search: 'q=a' })).toBe(routeKey({ name: 'search', search: 'q=b' }));
    expect(hrefFor({ name: 'actions', search: 'overdue=1' })).toBe('#/actions?overdue=1');
  });

  it('opens a meeting at an item without making it a different screen', () => {
    expect(parseRoute('#/meetings/m1?item=i1')).toEqual({ name: 'meeting', meetingId: 'm1', itemId: 'i1' });
    expect(routeKey({ name: 'meeting', meetingId: 'm1', itemId: 'i1' })).toBe(routeKey({ name: 'meeting', meetingId: 'm1' }));
    expect(hrefFor({ name: 'meeting', meetingId: 'm1' })).toBe('#/meetings/m1');
  });
});
