import type { ReactNode } from 'react';
import type { CriteriaSetView } from '../../../../shared/api/areas/ratings';
import { EmptyState } from '../../components/EmptyState';
import { AddCriteriaSetForm } from './AddCriteriaSetForm';
import { CriteriaSetCard } from './CriteriaSetCard';

/** The board's criteria sets in use, the archived ones, and the form to add one. */
export function CriteriaSetsSection({
  boardId,
  views,
  onChanged,
}: {
  boardId: string;
  views: readonly CriteriaSetView[];
  onChanged: (message: string) => Promise<void>;
}): ReactNode {
  const inUse = views.filter((v) => !v.set.archived);
  const archived = views.filter((v) => v.set.archived);
  return (
    <section aria-labelledby="sets-heading" className="coproduction-section">
      <h2 id="sets-heading">Criteria sets</h2>
      {inUse.length === 0 ? (
        <EmptyState title="This board has no criteria sets yet.">
          <p>
            Add the six-point test, the SCIE principles or the ladder of participation below, or write a set of the board’s own. Then rate the board’s
            work against it.
          </p>
        </EmptyState>
      ) : (
        <ul className="card-list criteria-sets">
          {inUse.map((view) => (
            <CriteriaSetCard key={view.set.id} view={view} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <div className="form-panel">
        <h3>Add a criteria set</h3>
        <AddCriteriaSetForm boardId={boardId} inUse={new Set(inUse.map((v) => v.set.name.toLowerCase()))} onAdded={onChanged} />
      </div>
      {archived.length > 0 ? (
        <>
          <h3>Archived sets</h3>
          <p className="quiet">Their ratings are kept and still show in the list and the trends.</p>
          <ul className="card-list criteria-sets">
            {archived.map((view) => (
              <CriteriaSetCard key={view.set.id} view={view} onChanged={onChanged} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
