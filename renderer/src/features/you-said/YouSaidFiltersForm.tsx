import type { ReactNode } from 'react';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { DEFAULT_YOU_SAID_FILTERS, outcomeFilterChoices, type YouSaidFilters } from './you-said-filters';

/** Period and outcome; each applies as soon as it changes. */
export function YouSaidFiltersForm({ filters, onChange }: { filters: YouSaidFilters; onChange: (next: YouSaidFilters) => void }): ReactNode {
  const set = (patch: Partial<YouSaidFilters>): void => onChange({ ...filters, ...patch });
  const isDefault = filters.from === '' && filters.to === '' && filters.status === '';
  return (
    <form className="tracker-filters" aria-label="Filter the entries" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset tracker-filters__fieldset">
        <legend className="fieldset__legend">Show entries</legend>
        <p className="quiet">An entry is in a period when it was raised in it, or its outcome was recorded in it.</p>
        <div className="tracker-filters__fields">
          <TextField id="you-said-from" label="From" type="date" width="medium" value={filters.from} onChange={(from) => set({ from })} />
          <TextField id="you-said-to" label="To" type="date" width="medium" value={filters.to} onChange={(to) => set({ to })} />
          <SelectField
            id="you-said-status"
            label="Outcome"
            value={filters.status}
            choices={outcomeFilterChoices()}
            onChange={(status) => set({ status })}
          />
        </div>
      </fieldset>
      {isDefault ? null : (
        <button
          type="button"
          className="link-button tracker-filters__clear"
          onClick={() => {
            onChange(DEFAULT_YOU_SAID_FILTERS);
            document.getElementById('you-said-from')?.focus();
          }}
        >
          Clear the filters
        </button>
      )}
    </form>
  );
}
