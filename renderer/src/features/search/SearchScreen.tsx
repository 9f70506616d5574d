import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useAnnounce } from '../../components/Announcer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { PageHeading } from '../../components/PageHeading';
import { useRoute } from '../../routing/RouteProvider';
import { replaceAddress } from '../../routing/replace-address';
import { indexingWords, KIND_CHOICES, parseSearchForm, resultWords, searchFormSearch, type SearchForm } from './search-form';
import { FOCUS_SEARCH_EVENT, rememberSearch } from './search-memory';
import { firstHit, SearchResultsList } from './SearchResultsList';
import { useSearch } from './use-search';
import { useScreenTitle } from '../../routing/use-screen-title';
import '../../styles/trackers.css';

const BOX_ID = 'search-box';
/** The count is read out once typing has paused, not after every letter. */
const ANNOUNCE_AFTER_MS = 500;

function useAddressForm(): [SearchForm, (next: SearchForm) => void] {
  const { route } = useRoute();
  const search = route.name === 'search' ? route.search : '';
  const [state, setState] = useState(() => ({ route, form: parseSearchForm(search) }));
  if (state.route !== route) setState({ route, form: parseSearchForm(search) });
  useEffect(() => {
    const search = searchFormSearch(state.form);
    replaceAddress({ name: 'search', search });
    rememberSearch(search);
  }, [state.form]);
  const setForm = useCallback((form: SearchForm) => setState((s) => ({ ...s, form })), []);
  return [state.form, setForm];
}

/** One search box over minutes, agenda items, decisions and actions of every board; results open where they were found. */
export function SearchScreen(): ReactNode {
  const [form, setForm] = useAddressForm();
  const boards = useApiQuery('boards.list', {});
  const search = useSearch(form);
  const announce = useAnnounce();
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useScreenTitle({ subject: form.text.trim() });

  const focusBox = useCallback(() => {
    box.current?.focus();
    box.current?.select();
  }, []);
  // The box takes focus on arrival (after the heading has taken it), and again on Ctrl+K while already here.
  useEffect(() => {
    focusBox();
    window.addEventListener(FOCUS_SEARCH_EVENT, focusBox);
    return () => window.removeEventListener(FOCUS_SEARCH_EVENT, focusBox);
  }, [focusBox]);

  const { results } = search;
  const settled = results !== null && !search.pending ? results : null;
  useEffect(() => {
    if (settled === null) return;
    const timer = window.setTimeout(
      () => announce([resultWords(settled), indexingWords(settled)].filter((w) => w !== null).join(' ')),
      ANNOUNCE_AFTER_MS,
    );
    return () => window.clearTimeout(timer);
  }, [settled, announce]);

  const onBoxKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'ArrowDown') return;
    const first = firstHit(list.current);
    if (!first) return;
    event.preventDefault();
    first.focus();
  };

  const typed = form.text.trim() !== '';
  const shown = typed ? results : null;
  return (
    <>
      <PageHeading>Search</PageHeading>
      <search className="search-panel">
        <form className="search-form" onSubmit={(event) => event.preventDefault()}>
          <div className="field search-form__box">
            <label className="field__label" htmlFor={BOX_ID}>
              Search minutes, agenda items, decisions and actions
            </label>
            <div id={`${BOX_ID}-hint`} className="field__hint">
              Results appear as you type. Press <kbd>Ctrl</kbd>+<kbd>K</kbd> on any screen to come back here; press the down arrow to go to the
              results.
            </div>
            <input
              ref={box}
              id={BOX_ID}
              className="input input--full search-form__input"
              type="search"
              value={form.text}
              onChange={(event) => setForm({ ...form, text: event.target.value })}
              onKeyDown={onBoxKey}
              aria-describedby={`${BOX_ID}-hint`}
              aria-keyshortcuts="Control+K"
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
            />
          </div>
          <fieldset className="fieldset search-form__narrow">
            <legend className="fieldset__legend">Narrow the search</legend>
            <div className="tracker-filters__fields">
              <SelectField
                id="search-board"
                label="Board"
                value={form.boardId}
                choices={[
                  { value: '', label: 'All boards' },
                  ...(boards.data !== undefined ? boards.data : []).map((b) => ({ value: b.id, label: b.name })),
                ]}
                onChange={(boardId) => setForm({ ...form, boardId })}
              />
              <SelectField
                id="search-kind"
                label="Look in"
                value={form.kind}
                choices={KIND_CHOICES}
                onChange={(kind) => setForm({ ...form, kind })}
              />
            </div>
          </fieldset>
        </form>
      </search>
      <div ref={list} className="search-output" aria-busy={search.pending}>
        {search.error ? <ErrorAlert error={search.error} context="The search could not be run." /> : null}
        {!typed ? (
          <p className="quiet">Type a word, a name or a decision’s reference. Every word you type must match; the last may be the start of a word.</p>
        ) : shown === null ? (
          <p className="loading">Searching…</p>
        ) : (
          <>
            <h2 className="search-output__title">Results</h2>
            <p className="tracker-summary" data-testid="search-summary">
              {resultWords(shown)}
            </p>
            {indexingWords(shown) ? <p className="callout">{indexingWords(shown)}</p> : null}
            {shown.hits.length > 0 ? <SearchResultsList hits={shown.hits} onLeave={focusBox} /> : <NoResults />}
          </>
        )}
      </div>
    </>
  );
}

function NoResults(): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-state__title">Nothing matches every word.</p>
      <div className="empty-state__next">
        <p>Try fewer words, check the spelling, or search all boards and everything.</p>
      </div>
    </div>
  );
}
