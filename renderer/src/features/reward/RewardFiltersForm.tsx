import type { ReactNode } from 'react';
import { claimStatusLabel } from '../../../../shared/domain/reward/labels';
import type { Board } from '../../../../shared/model/board';
import type { Person } from '../../../../shared/model/person';
import { CLAIM_STATUSES } from '../../../../shared/model/reward';
import { SelectField } from '../../components/form/SelectField';
import type { RewardFilters } from './reward-filters';

/** The claims' filters; each applies as soon as it changes, and is kept in the address. */
export function RewardFiltersForm({
  filters,
  boards,
  people,
  taxYears,
  onChange,
}: {
  filters: RewardFilters;
  boards: readonly Board[];
  people: readonly Person[];
  taxYears: readonly string[];
  onChange: (next: RewardFilters) => void;
}): ReactNode {
  const set = (patch: Partial<RewardFilters>): void => onChange({ ...filters, ...patch });
  return (
    <form className="tracker-filters" aria-label="Filter claims" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset tracker-filters__fieldset">
        <legend className="fieldset__legend">Show claims</legend>
        <div className="tracker-filters__fields">
          <SelectField
            id="reward-filter-year"
            label="Tax year"
            value={filters.taxYear}
            choices={taxYears.map((y) => ({ value: y, label: y }))}
            onChange={(taxYear) => set({ taxYear })}
          />
          <SelectField
            id="reward-filter-board"
            label="Board"
            value={filters.boardId}
            choices={[{ value: '', label: 'All boards' }, ...boards.map((b) => ({ value: b.id, label: b.name }))]}
            onChange={(boardId) => set({ boardId })}
          />
          <SelectField
            id="reward-filter-person"
            label="Person"
            value={filters.personId}
            choices={[{ value: '', label: 'Everyone' }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(personId) => set({ personId })}
          />
          <SelectField
            id="reward-filter-status"
            label="Status"
            value={filters.status}
            choices={[{ value: '' as const, label: 'Any status' }, ...CLAIM_STATUSES.map((s) => ({ value: s, label: claimStatusLabel(s) }))]}
            onChange={(status) => set({ status })}
          />
        </div>
      </fieldset>
    </form>
  );
}
