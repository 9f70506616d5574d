import type { ReactNode } from 'react';
import type { Board } from '../../../../shared/model/board';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { DEFAULT_RESOLUTION_FILTERS, kindChoices, type ResolutionFilters } from './resolution-filters';

/** The register's filters; each applies as it changes, and the count shown is read out. */
export function ResolutionFiltersForm({
  filters,
  boards,
  dateError,
  onChange,
}: {
  filters: ResolutionFilters;
  boards: readonly Board[];
  dateError?: string;
  onChange: (next: ResolutionFilters) => void;
}): ReactNode {
  const set = (patch: Partial<ResolutionFilters>): void => onChange({ ...filters, ...patch });
  const isDefault = (Object.keys(DEFAULT_RESOLUTION_FILTERS) as (keyof ResolutionFilters)[]).every(
    (key) => filters[key] === DEFAULT_RESOLUTION_FILTERS[key],
  );
  return (
    <form className="tracker-filters" aria-label="Filter decisions" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset tracker-filters__fieldset">
        <legend className="fieldset__legend">Show decisions</legend>
        <div className="tracker-filters__fields">
          <SelectField
            id="resolution-filter-board"
            label="Board"
            value={filters.boardId}
            choices={[{ value: '', label: 'All boards' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]}
            onChange={(boardId) => set({ boardId })}
          />
          <SelectField
            id="resolution-filter-kind"
            label="Kind of decision"
            value={filters.kind}
            choices={kindChoices(boards)}
            onChange={(kind) => set({ kind })}
          />
        </div>
        <fieldset className="fieldset tracker-dates">
          <legend className="fieldset__legend">Meetings held between</legend>
          <div className="tracker-filters__fields">
            <TextField
              id="resolution-filter-from"
              label="From"
              type="date"
              width="medium"
              value={filters.from}
              onChange={(from) => set({ from })}
              error={dateError}
            />
            <TextField id="resolution-filter-to" label="To" type="date" width="medium" value={filters.to} onChange={(to) => set({ to })} />
          </div>
        </fieldset>
        <TextField
          id="resolution-filter-words"
          label="Words or reference"
          hint="For example “workshop” or “RCPB/2024/12”. Every word must appear."
          width="long"
          value={filters.words}
          onChange={(words) => set({ words })}
          spellCheck={false}
        />
      </fieldset>
      {isDefault ? null : (
        <button
          type="button"
          className="link-button tracker-filters__clear"
          onClick={() => {
            onChange(DEFAULT_RESOLUTION_FILTERS);
            document.getElementById('resolution-filter-board')?.focus();
          }}
        >
          Clear the filters
        </button>
      )}
    </form>
  );
}
