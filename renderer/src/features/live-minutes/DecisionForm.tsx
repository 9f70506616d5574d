import { useEffect, useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { PART_NUMBERINGS, STANDARD_DECISION_VERBS, type PartNumbering } from '../../../../shared/model/resolution';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary, type FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { decisionFormSchema, formPathOf, sentPartIndexes, type DecisionFields, type DecisionFormValues, type VoteMode } from './decision-draft';
import { DecisionPartsFieldset } from './DecisionPartsFieldset';
import { FormError } from './FormError';
import { useLiveMeeting } from './meeting-context';
import { MotionFieldset } from './MotionFieldset';
import { RecordedVoteFields } from './RecordedVoteFields';
import { buildRoster } from './roster';
import { useNames } from './use-names';
import { VoteCountFields } from './VoteCountFields';
import './decisions.css';

const VOTE_CHOICES: readonly { value: VoteMode; label: string }[] = [
  { value: 'none', label: 'No vote recorded' },
  { value: 'counts', label: 'Numbers for and against' },
  { value: 'recorded', label: 'Recorded vote, with names' },
  { value: 'both', label: 'Numbers and names' },
];

const NUMBERING_WORDS: Readonly<Record<PartNumbering, string>> = {
  numbers: '(1), (2), (3)',
  roman: '(i), (ii), (iii)',
  letters: '(a), (b), (c)',
};
const NUMBERING_CHOICES = PART_NUMBERINGS.map((n) => ({ value: n, label: NUMBERING_WORDS[n] }));

const MOTION_FIELDS = /^(mover|seconder|amendments|outcome)\b/;

/** A path the backend names, "parts.1.level", as its keys: numbers where they index a list. */
const pathKeys = (path: string): (string | number)[] => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Writes or changes one decision: its verb (chosen from the board's, or typed), the body a recommendation goes
 * to, how its parts are numbered, the parts themselves (added, moved, indented within one another and removed by
 * keyboard or mouse), the motion (mover, seconder, amendments and outcome) and the vote, in numbers, by name or
 * both. Nothing is sent until it is saved; every problem is shown at once, beside its field.
 */
export function DecisionForm({
  itemId,
  initial,
  title,
  busy,
  error,
  onSave,
  onCancel,
}: {
  itemId: string;
  initial: DecisionFormValues;
  title: string;
  busy: boolean;
  error: ApiCallError | null;
  onSave: (fields: DecisionFields) => void;
  onCancel: () => void;
}): ReactNode {
  const { detail, members, people } = useLiveMeeting();
  const { name } = useNames();
  const verbs = useMemo(() => [...STANDARD_DECISION_VERBS, ...(detail.board.decisionVerbs ?? [])], [detail.board.decisionVerbs]);
  const schema = useMemo(() => decisionFormSchema({ verbs, name }), [verbs, name]);
  const form = useClerkForm(schema, initial);
  const values = form.watch();
  const base = useId();
  const partId = (index: number): string => `${base}-part-${index}`;
  const fieldId = (path: string): string => {
    const parts = /^parts\.(\d+)/.exec(path);
    return parts ? partId(Number(parts[1])) : `${base}-${path.replaceAll('.', '-')}`;
  };
  const checked = useFormErrors(form, fieldId, { error: null, fallbackId: fieldId('verb') });
  // The backend's refusal: each problem it lists, beside its field, once the form itself finds nothing wrong.
  const refused: readonly FieldError[] =
    error === null || checked.errors.length > 0
      ? []
      : (error.apiError.issues ?? (error.apiError.path === undefined ? [] : [{ path: error.apiError.path, message: error.message }])).map(
          (issue) => ({
            fieldId: fieldId(formPathOf(pathKeys(issue.path), sentPartIndexes(values)).join('.')),
            message: issue.message,
          }),
        );
  const errors = checked.errors.length > 0 ? checked.errors : refused;
  const errorFor = (path: string): string | undefined => errors.find((e) => e.fieldId === fieldId(path))?.message;
  const motionHasErrors = errors.some((e) => MOTION_FIELDS.test(e.fieldId.slice(base.length + 1)));

  // Members of the board on the day, then anyone else recorded at the meeting: who may move or second.
  const movers = useMemo(
    () => buildRoster(members, detail.attendance, people).map((entry) => ({ id: entry.person.id, name: entry.person.name })),
    [members, detail.attendance, people],
  );

  // The form opens where the clerk is about to type: its first field.
  useEffect(() => {
    document.getElementById(`${base}-verb`)?.focus();
    // Once, on opening: later renders must not pull focus back.
  }, [base]);

  const set = <K extends keyof DecisionFormValues>(key: K, value: DecisionFormValues[K]): void => form.setValue(key as never, value as never);
  const withCounts = values.voteMode === 'counts' || values.voteMode === 'both';
  const withNames = values.voteMode === 'recorded' || values.voteMode === 'both';

  return (
    <form
      className="decision-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void form.handleSubmit(onSave)(event);
      }}
      noValidate
      aria-label={title}
      data-item={itemId}
    >
      <ErrorSummary errors={errors} attempt={checked.attempt + (refused.length > 0 ? 1 : 0)} />
      <TextField
        id={fieldId('leadIn')}
        label="Words before the verb (optional)"
        hint="Where your minutes write them, such as “The Committee”: printed as “The Committee AGREED to …”."
        value={values.leadIn}
        onChange={(leadIn) => set('leadIn', leadIn)}
        error={errorFor('leadIn')}
        width="medium"
      />
      <TextField
        id={fieldId('verb')}
        label="Verb"
        hint="The word the decision opens with, in capitals: choose one of the board’s, or type it. LOST records a motion that fell."
        value={values.verb}
        onChange={(verb) => set('verb', verb)}
        error={errorFor('verb')}
        list={`${base}-verbs`}
        width="medium"
        spellCheck={false}
      />
      <datalist id={`${base}-verbs`}>
        {verbs.map((verb) => (
          <option key={verb} value={verb} />
        ))}
      </datalist>
      {values.verb.trim().toUpperCase() === 'RECOMMENDED' ? (
        <TextField
          id={fieldId('recommendedTo')}
          label="Recommended to"
          hint="The body that takes the decision, such as Cabinet or Council."
          value={values.recommendedTo}
          onChange={(recommendedTo) => set('recommendedTo', recommendedTo)}
          error={errorFor('recommendedTo')}
          width="medium"
        />
      ) : null}
      <SelectField
        id={fieldId('numbering')}
        label="Number the parts"
        value={values.numbering}
        choices={NUMBERING_CHOICES}
        onChange={(numbering) => set('numbering', numbering)}
      />
      <DecisionPartsFieldset
        partId={partId}
        parts={values.parts}
        numbering={values.numbering}
        errorFor={(index) => errorFor(`parts.${index}.text`)}
        onChange={(parts) => set('parts', parts)}
      />
      <MotionFieldset
        itemId={itemId}
        fieldId={fieldId}
        values={values}
        people={movers}
        errorFor={errorFor}
        hasErrors={motionHasErrors}
        onChange={(motion) => {
          for (const [key, value] of Object.entries(motion)) set(key as keyof DecisionFormValues, value as never);
        }}
      />
      <SelectField
        id={fieldId('voteMode')}
        label="Vote"
        value={values.voteMode}
        choices={VOTE_CHOICES}
        onChange={(voteMode) => set('voteMode', voteMode)}
      />
      {withCounts ? (
        <VoteCountFields
          id={fieldId('counts')}
          legend="Numbers voting (leave blank a number the minutes do not give)"
          counts={values.counts}
          errorFor={(field) => errorFor(`counts.${field}`)}
          onChange={(counts) => set('counts', counts)}
        />
      ) : null}
      {withNames ? (
        <RecordedVoteFields
          itemId={itemId}
          id={fieldId('recorded')}
          recorded={values.recorded}
          error={errorFor('recorded')}
          onChange={(recorded) => set('recorded', { ...recorded })}
        />
      ) : null}
      <FormError error={error !== null && refused.length === 0 && checked.errors.length === 0 ? error : null} />
      <div className="button-row">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save decision'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
