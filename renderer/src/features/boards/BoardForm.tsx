import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { boardKindLabel } from '../../../../shared/domain';
import { BOARD_KINDS } from '../../../../shared/model/board';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { BOARD_FIELD_IDS, boardErrors, boardFieldForPath, type BoardFormValues } from './board-form-values';
import { StandardItemsFieldset } from './StandardItemsFieldset';

const KINDS = BOARD_KINDS.map((k) => ({ value: k, label: boardKindLabel(k) }));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
  (label, i) => ({ value: String(i + 1), label }),
);
const RESTARTS = [
  { value: 'municipal-year', label: 'Every municipal year' },
  { value: 'meeting', label: 'Every meeting' },
  { value: 'never', label: 'Never: one sequence for ever' },
] as const;

/** Creates or edits a board. Checks everything before saving; shows the backend's refusal beside its field. */
export function BoardForm({
  initial,
  submitLabel,
  pending,
  refusal,
  onSubmit,
  cancelHref,
}: {
  initial: BoardFormValues;
  submitLabel: string;
  pending: boolean;
  refusal: ApiCallError | null;
  onSubmit: (values: BoardFormValues) => void;
  cancelHref: string;
}): ReactNode {
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof BoardFormValues>(key: K, value: BoardFormValues[K]): void => setValues((v) => ({ ...v, [key]: value }));

  const refusalField = refusal ? boardFieldForPath(refusal.apiError.path) : undefined;
  const errors: readonly FieldError[] =
    refusal && checked.length === 0
      ? [{ fieldId: refusalField ?? BOARD_FIELD_IDS.name, message: refusal.message }]
      : checked;
  const errorFor = (id: string): string | undefined => errors.find((e) => e.fieldId === id)?.message;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const found = boardErrors(values);
    setChecked(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} attempt={attempt + (refusal ? 1 : 0)} />
      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">About the board</legend>
        <TextField id={BOARD_FIELD_IDS.name} label="Name" value={values.name} onChange={(v) => set('name', v)} error={errorFor(BOARD_FIELD_IDS.name)} />
        <TextField
          id={BOARD_FIELD_IDS.shortCode}
          label="Short code"
          hint="Used in minute and resolution references, for example HWB or ACPB."
          width="medium"
          value={values.shortCode}
          onChange={(v) => set('shortCode', v)}
          error={errorFor(BOARD_FIELD_IDS.shortCode)}
          spellCheck={false}
        />
        <SelectField id={BOARD_FIELD_IDS.kind} label="Kind of board" value={values.kind} choices={KINDS} onChange={(v) => set('kind', v)} />
        <TextField
          id={BOARD_FIELD_IDS.organisation}
          label="Organisation (optional)"
          hint="The council or partnership the board belongs to."
          value={values.organisation}
          onChange={(v) => set('organisation', v)}
          autoComplete="organization"
        />
        <TextField
          id={BOARD_FIELD_IDS.quorum}
          label="Quorum"
          hint="The fewest voting members who must be present for the meeting to make decisions."
          width="short"
          inputMode="numeric"
          value={values.quorum}
          onChange={(v) => set('quorum', v)}
          error={errorFor(BOARD_FIELD_IDS.quorum)}
        />
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">Clerk (optional)</legend>
        <TextField id={BOARD_FIELD_IDS.clerkName} label="Clerk’s name" value={values.clerkName} onChange={(v) => set('clerkName', v)} autoComplete="name" />
        <TextField
          id={BOARD_FIELD_IDS.clerkEmail}
          label="Clerk’s email address"
          type="email"
          value={values.clerkEmail}
          onChange={(v) => set('clerkEmail', v)}
          autoComplete="email"
          spellCheck={false}
        />
      </fieldset>

      <StandardItemsFieldset
        items={values.standardItems}
        errors={errors}
        onChange={(kind, next) => setValues((v) => ({ ...v, standardItems: { ...v.standardItems, [kind]: next } }))}
      />

      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">Numbering</legend>
        <p className="field__hint">
          Patterns may use {'{n}'} (the minute’s number), {'{code}'} (the short code), {'{year}'} (the municipal year, as 24/25),{' '}
          {'{yyyy}'} (the year of the meeting), and for resolutions {'{minute}'} (the minute number) and {'{r}'} (the resolution’s
          place within its minute).
        </p>
        <TextField
          id={BOARD_FIELD_IDS.numberingTemplate}
          label="Minute numbers"
          hint="For example {n}. gives 23. and {code}{year}/{n} gives HWB24/25/23."
          width="medium"
          value={values.numberingTemplate}
          onChange={(v) => set('numberingTemplate', v)}
          error={errorFor(BOARD_FIELD_IDS.numberingTemplate)}
          spellCheck={false}
        />
        <SelectField label="Minute numbers start again at 1" value={values.numberingRestart} choices={RESTARTS} onChange={(v) => set('numberingRestart', v)} />
        <TextField
          id={BOARD_FIELD_IDS.referenceTemplate}
          label="Resolution references"
          width="long"
          value={values.referenceTemplate}
          onChange={(v) => set('referenceTemplate', v)}
          error={errorFor(BOARD_FIELD_IDS.referenceTemplate)}
          spellCheck={false}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">The municipal year starts on</legend>
          <div className="field-row">
            <TextField
              id={BOARD_FIELD_IDS.yearStartDay}
              label="Day"
              width="short"
              inputMode="numeric"
              value={values.yearStartDay}
              onChange={(v) => set('yearStartDay', v)}
              error={errorFor(BOARD_FIELD_IDS.yearStartDay)}
            />
            <SelectField label="Month" value={values.yearStartMonth} choices={MONTHS} onChange={(v) => set('yearStartMonth', v)} />
          </div>
        </fieldset>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" aria-disabled={pending}>
          {submitLabel}
        </button>
        <a className="button button--secondary" href={cancelHref}>
          Cancel
        </a>
      </div>
    </form>
  );
}
