import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../../shared/api/search';
import { useApi } from '../../api/ApiProvider';
import { toApiCallError } from '../../api/api-call-error';
import type { ApiCallError } from '../../api/api-call-error';
import type { SearchForm } from './search-form';

/** Typing pauses this long before the backend is asked: results follow the typing without a call per key. */
const DEBOUNCE_MS = 120;
/** While the index is still being built, the same search is asked again this often, so results fill in. */
const REFRESH_WHILE_INDEXING_MS = 700;
export const RESULT_LIMIT = 50;

export type SearchState = {
  /** The latest answer; kept on screen while a newer search is on its way, so the list does not flicker. */
  readonly results: SearchResults | null;
  readonly pending: boolean;
  readonly error: ApiCallError | null;
};

export function useSearch(form: SearchForm): SearchState {
  const { call } = useApi();
  const [state, setState] = useState<SearchState>({ results: null, pending: false, error: null });
  const text = form.text.trim();
  const { boardId, kind } = form;

  useEffect(() => {
    if (text === '') {
      setState({ results: null, pending: false, error: null });
      return;
    }
    let live = true;
    let timer = 0;
    const ask = async (): Promise<void> => {
      try {
        const results = await call('search.query', {
          text,
          limit: RESULT_LIMIT,
          ...(boardId === '' ? {} : { boardId }),
          ...(kind === '' ? {} : { kinds: [kind] }),
        });
        if (!live) return;
        setState({ results, pending: false, error: null });
        if (!results.index.ready) timer = window.setTimeout(() => void ask(), REFRESH_WHILE_INDEXING_MS);
      } catch (thrown) {
        if (live) setState((s) => ({ ...s, pending: false, error: toApiCallError('search.query', thrown) }));
      }
    };
    setState((s) => ({ ...s, pending: true }));
    timer = window.setTimeout(() => void ask(), DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [call, text, boardId, kind]);

  return state;
}
