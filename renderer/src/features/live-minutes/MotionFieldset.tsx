import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { AMENDMENT_OUTCOMES, MOTION_OUTCOMES, type AmendmentOutcome, type MotionOutcome } from '../../../../shared/model/resolution';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { emptyAmendment, type AmendmentValues, type DecisionFormValues } from './decision-draft';
import { PersonChoiceField } from './PersonChoiceField';
import { AmendmentNamedVote } from './AmendmentNamedVote';
import { VoteCountFields } from './VoteCountFields';

const OUTCOME_WORDS: Readonly<Record<MotionOutcome, string>> = {
  carried: 'Carried',
  'carried-on-casting-vote': 'Carried on the chair’s casting vote',
  lost: 'Lost',
  'lost-on-casting-vote': 'Lost on the chair’s casting vote',
  withdrawn: 'Withdrawn',
};

const MOTION_CHOICES = [{ value: '' as const, label: 'Not recorded' }, ...MOTION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))];
const AMENDMENT_CHOICES = [{ value: '' as const, label: 'Not recorded' }, ...AMENDMENT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_WORDS[o] }))];

export type MotionValues = Pick<DecisionFormValues, 'mover' | 'seconder' | 'amendments' | 'outcome'>;

/**
 * The motion behind a decision, all of it optional: who moved and seconded it, each amendment (its words, mover and
 * seconder, what became of it, the numbers voting and, where recorded, how each member voted), and what became of the motion. Folded away until opened,
 * unless something is already recorded.
 */
export function MotionFieldset({
  itemId,
  fieldId,
  values,
  people,
  errorFor,
  hasErrors,
  onChange,
}: {
  /** The item the decision is under: who may vote on an amendment is who is in the room at it. */
  itemId: string;
  /** The id of a field, by its path in the form: "mover.choice", "amendments.0.text". */
  fieldId: (path: string) => string;
  values: MotionValues;
  people: readonly { readonly id: string; readonly name: string }[];
  errorFor: (path: string) => string | undefined;
  /** Whether any of its fields has a problem to show: it is opened to show it. */
  hasErrors: boolean;
  onChange: (values: Partial<MotionValues>) => void;
}): ReactNode {
  const [open, setOpen] = useState(
    () => values.mover.choice !== '' || values.seconder.choice !== '' || values.amendments.length > 0 || values.outcome !== '',
  );
  const focusAmendment = useRef<number | null>(null);
  useEffect(() => {
    if (focusAmendment.current === null) return;
    document.getElementById(fieldId(`amendments.${focusAmendment.current}.text`))?.focus();
    focusAmendment.current = null;
  });

  const setAmendment = (index: number, patch: Partial<AmendmentValues>): void =>
    onChange({ amendments: values.amendments.map((a, i) => (i === index ? { ...a, ...patch } : a)) });

  return (
    <details className="decision-form__motion" open={open || hasErrors} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Motion: mover, seconder, amendments and outcome (optional)</summary>
      <div className="decision-form__motion-body">
        <PersonChoiceField
          id={fieldId('mover.choice')}
          nameId={fieldId('mover.name')}
          label="Moved by"
          value={values.mover}
          people={people}
          error={errorFor('mover.choice')}
          nameError={errorFor('mover.name')}
          onChange={(mover) => onChange({ mover })}
        />
        <PersonChoiceField
          id={fieldId('seconder.choice')}
          nameId={fieldId('seconder.name')}
          label="Seconded by"
          value={values.seconder}
          people={people}
          error={errorFor('seconder.choice')}
          nameError={errorFor('seconder.name')}
          onChange={(seconder) => onChange({ seconder })}
        />
        <fieldset className="decision-form__amendments">
          <legend>Amendments</legend>
          {values.amendments.length === 0 ? <p className="field__hint">No amendment was moved.</p> : null}
          <ol className="amendment-list">
            {values.amendments.map((amendment, index) => {
              const n = index + 1;
              const at = (field: string): string => `amendments.${index}.${field}`;
              return (
                <li key={amendment.key} className="amendment-list__item">
                  <TextAreaField
                    id={fieldId(at('text'))}
                    label={`Amendment ${n}: its words`}
                    rows={2}
                    value={amendment.text}
                    onChange={(text) => setAmendment(index, { text })}
                    error={errorFor(at('text'))}
                  />
                  <PersonChoiceField
                    id={fieldId(at('mover.choice'))}
                    nameId={fieldId(at('mover.name'))}
                    label={`Amendment ${n} moved by`}
                    value={amendment.mover}
                    people={people}
                    error={errorFor(at('mover.choice'))}
                    nameError={errorFor(at('mover.name'))}
                    onChange={(mover) => setAmendment(index, { mover })}
                  />
                  <PersonChoiceField
                    id={fieldId(at('seconder.choice'))}
                    nameId={fieldId(at('seconder.name'))}
                    label={`Amendment ${n} seconded by`}
                    value={amendment.seconder}
                    people={people}
                    error={errorFor(at('seconder.choice'))}
                    nameError={errorFor(at('seconder.name'))}
                    onChange={(seconder) => setAmendment(index, { seconder })}
                  />
                  <SelectField<AmendmentOutcome | ''>
                    id={fieldId(at('outcome'))}
                    label={`What became of amendment ${n}`}
                    value={amendment.outcome}
                    choices={AMENDMENT_CHOICES}
                    onChange={(outcome) => setAmendment(index, { outcome })}
                  />
                  <VoteCountFields
                    id={fieldId(at('counts'))}
                    legend={`Numbers voting on amendment ${n} (optional)`}
                    counts={amendment.counts}
                    errorFor={(field) => errorFor(at(`counts.${field}`))}
                    onChange={(counts) => setAmendment(index, { counts })}
                  />
                  <AmendmentNamedVote
                    itemId={itemId}
                    id={fieldId(at('recorded'))}
                    n={n}
                    recorded={amendment.recorded}
                    error={errorFor(at('recorded'))}
                    onChange={(recorded) => setAmendment(index, { recorded })}
                  />
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      focusAmendment.current = index > 0 ? index - 1 : null;
                      onChange({ amendments: values.amendments.filter((_, i) => i !== index) });
                    }}
                  >
                    Remove amendment {n}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              focusAmendment.current = values.amendments.length;
              onChange({ amendments: [...values.amendments, emptyAmendment()] });
            }}
          >
            Add an amendment
          </button>
        </fieldset>
        <SelectField<MotionOutcome | ''>
          id={fieldId('outcome')}
          label="What became of the motion"
          hint="A motion lost or withdrawn takes the verb LOST, or one of the board’s own."
          value={values.outcome}
          choices={MOTION_CHOICES}
          onChange={(outcome) => onChange({ outcome })}
          error={errorFor('outcome')}
        />
      </div>
    </details>
  );
}
