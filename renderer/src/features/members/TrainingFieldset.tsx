import { useRef } from 'react';
import type { ReactNode } from 'react';
import { formatLongDate, londonDateOf, parseIsoDate } from '../../../../shared/domain';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { newTrainingRow, trainingFieldId, type TrainingLevel, type TrainingRow } from './training-schema';

const LEVEL_CHOICES: readonly { value: TrainingLevel; label: string }[] = [
  { value: '1', label: 'Level 1' },
  { value: '2', label: 'Level 2' },
  { value: '3', label: 'Level 3' },
];

/** Co-production training completed: a row per course, added and removed by hand. */
export function TrainingFieldset({
  rows,
  prefix,
  errorFor,
  onChange,
}: {
  rows: readonly TrainingRow[];
  prefix: string;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (next: readonly TrainingRow[]) => void;
}): ReactNode {
  const addButton = useRef<HTMLButtonElement>(null);
  const set = (key: string, patch: Partial<Omit<TrainingRow, 'key'>>): void => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = (): void => {
    const row = newTrainingRow(londonDateOf(new Date()));
    onChange([...rows, row]);
    // Into the new row, so a keyboard user carries on where the record is.
    requestAnimationFrame(() => document.getElementById(trainingFieldId(prefix, row, 'level'))?.focus());
  };
  const remove = (key: string): void => {
    onChange(rows.filter((r) => r.key !== key));
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Co-production training</legend>
      {rows.length === 0 ? <p className="quiet">No training recorded. Add a record for each level completed.</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fieldset training-row">
          <legend className="fieldset__legend">Training record {index + 1}</legend>
          <div className="field-row">
            <SelectField
              id={trainingFieldId(prefix, row, 'level')}
              label="Level"
              value={row.level}
              choices={LEVEL_CHOICES}
              onChange={(level) => set(row.key, { level })}
            />
            <TextField
              id={trainingFieldId(prefix, row, 'date')}
              label="Date completed"
              type="date"
              width="medium"
              value={row.completedOn}
              hint={parseIsoDate(row.completedOn) ? formatLongDate(row.completedOn) : undefined}
              onChange={(completedOn) => set(row.key, { completedOn })}
              error={errorFor(trainingFieldId(prefix, row, 'date'))}
            />
            <TextField
              id={trainingFieldId(prefix, row, 'course')}
              label="Course (optional)"
              width="medium"
              value={row.course}
              onChange={(course) => set(row.key, { course })}
              error={errorFor(trainingFieldId(prefix, row, 'course'))}
            />
          </div>
          <button type="button" className="button button--secondary button--small" onClick={() => remove(row.key)}>
            Remove<span className="visually-hidden"> training record {index + 1}</span>
          </button>
        </fieldset>
      ))}
      <p className="button-row">
        <button ref={addButton} type="button" className="button button--secondary button--small" onClick={add}>
          Add a training record
        </button>
      </p>
    </fieldset>
  );
}
