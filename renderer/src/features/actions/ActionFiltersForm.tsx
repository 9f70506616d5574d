import type { ReactNode } from 'react';
import type { Board } from '../../../../shared/model/board';
import { CheckboxField } from '../../components/form/CheckboxField';
import { SelectField } from '../../components/form/SelectField';
import { DEFAULT_ACTION_FILTERS, statusFilterChoices, type ActionFilters, type OwnerChoice } from './action-filters';

/**
 * The tracker's filters. Each applies as soon as it changes (the table below is redrawn, nothing else moves), and
 * the count of actions shown is read out.
 */
export function ActionFiltersForm({
  filters,
  boards,
  owners,
  onChange,
}: {
  filters: ActionFilters;
  boards: readonly Board[];
  owners: readonly OwnerChoice[];
  onChange: (next: ActionFilters) => void;
}): ReactNode {
  const set = (patch: Partial<ActionFilters>): void => onChange({ ...filters, ...patch });
  const isDefault =
    filters.boardId === DEFAULT_ACTION_FILTERS.boardId &&
    filters.status === DEFAULT_ACTION_FILTERS.status &&
    filters.owner === DEFAULT_ACTION_FILTERS.owner &&
    filters.overdueOnly === DEFAULT_ACTION_FILTERS.overdueOnly;
  return (
    <form className="tracker-filters" aria-label="Filter actions" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset tracker-filters__fieldset">
        <legend className="fieldset__legend">Show actions</legend>
        <div className="tracker-filters__fields">
          <SelectField
            id="action-filter-board"
            label="Board"
            value={filters.boardId}
            choices={[{ value: '', label: 'All boards' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]}
            onChange={(boardId) => set({ boardId })}
          />
          <SelectField
            id="action-filter-status"
            label="Status"
            value={filters.status}
            choices={statusFilterChoices()}
            onChange={(status) => set({ status })}
          />
          <SelectField
            id="action-filter-owner"
            label="Owner"
            value={filters.owner}
            choices={[{ value: '', label: 'Anyone' }, ...owners]}
            onChange={(owner) => set({ owner })}
          />
        </div>
        <CheckboxField
          id="action-filter-overdue"
          label="Only overdue actions"
          checked={filters.overdueOnly}
          onChange={(overdueOnly) => set({ overdueOnly })}
        />
      </fieldset>
      {isDefault ? null : (
        <button
          type="button"
          className="link-button tracker-filters__clear"
          onClick={() => {
            onChange(DEFAULT_ACTION_FILTERS);
            // The button goes with the filters it cleared: focus moves to the first filter rather than being lost.
            document.getElementById('action-filter-board')?.focus();
          }}
        >
          Clear the filters
        </button>
      )}
    </form>
  );
}
