import type { ReactNode } from 'react';
import { itemPurposeLabel, standardItemKindLabel } from '../../../../shared/domain';
import { ITEM_PURPOSES, STANDARD_ITEM_KINDS, type StandardItemKind } from '../../../../shared/model/board';
import { CheckboxField } from '../../components/form/CheckboxField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { FieldError } from '../../components/form/ErrorSummary';
import { standardItemFieldId, type StandardItemValues } from './board-form-schema';

const PURPOSES = ITEM_PURPOSES.map((p) => ({ value: p, label: itemPurposeLabel(p) }));
const POSITIONS = [
  { value: 'opening', label: 'At the start, before the business' },
  { value: 'closing', label: 'At the end, after the business' },
] as const;

/** The items every new agenda of the board starts with: one fieldset per kind, its details shown when ticked. */
export function StandardItemsFieldset({
  items,
  errors,
  onChange,
}: {
  items: Readonly<Record<StandardItemKind, StandardItemValues>>;
  errors: readonly FieldError[];
  onChange: (kind: StandardItemKind, next: StandardItemValues) => void;
}): ReactNode {
  const errorFor = (id: string): string | undefined => errors.find((e) => e.fieldId === id)?.message;
  return (
    <fieldset className="fieldset form-section">
      <legend className="fieldset__legend fieldset__legend--large">Standard agenda items</legend>
      <p className="field__hint">
        New meetings start with the items ticked here: opening items first, then the business, then closing items. Matters arising lists the actions
        still open from earlier meetings by itself.
      </p>
      <ul className="standard-items">
        {STANDARD_ITEM_KINDS.map((kind) => {
          const item = items[kind];
          const set = (patch: Partial<StandardItemValues>): void => onChange(kind, { ...item, ...patch });
          return (
            <li key={kind} className="standard-item" data-standard-kind={kind}>
              <CheckboxField
                id={`standard-${kind}-included`}
                label={standardItemKindLabel(kind)}
                checked={item.included}
                onChange={(included) => set({ included })}
              />
              {item.included ? (
                <fieldset className="fieldset standard-item__details">
                  <legend className="visually-hidden">Details of {standardItemKindLabel(kind)}</legend>
                  <TextField
                    id={standardItemFieldId(kind, 'title')}
                    label="Title on the agenda"
                    value={item.title}
                    onChange={(title) => set({ title })}
                    error={errorFor(standardItemFieldId(kind, 'title'))}
                  />
                  <div className="field-row">
                    <SelectField label="Place" value={item.position} choices={POSITIONS} onChange={(position) => set({ position })} />
                    <SelectField label="Purpose" value={item.purpose} choices={PURPOSES} onChange={(purpose) => set({ purpose })} />
                    <TextField
                      id={standardItemFieldId(kind, 'minutes')}
                      label="Minutes allowed"
                      width="short"
                      inputMode="numeric"
                      value={item.minutes}
                      onChange={(minutes) => set({ minutes })}
                      error={errorFor(standardItemFieldId(kind, 'minutes'))}
                    />
                  </div>
                </fieldset>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
