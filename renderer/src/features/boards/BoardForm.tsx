import type { ReactNode } from 'react';
import type { Input } from '../../../../shared/api/contract';
import { boardKindLabel, yearStartSentence } from '../../../../shared/domain';
import { BOARD_KINDS } from '../../../../shared/model/board';
import { STANDARD_DECISION_VERBS } from '../../../../shared/model/resolution';
import type { ApiCallError } from '../../api/api-call-error';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField } from '../../components/form/CheckboxField';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useClerkForm } from '../../components/form/use-clerk-form';
import { useFormErrors } from '../../components/form/use-form-errors';
import { BOARD_FIELD_IDS, boardFieldForPath, boardFieldId, boardFormSchema, yearStartsOf, type BoardFormValues } from './board-form-schema';
import { StandardItemsFieldset } from './StandardItemsFieldset';

const KINDS = BOARD_KINDS.map((k) => ({ value: k, label: boardKindLabel(k) }));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(
  (label, i) => ({ value: String(i + 1), label }),
);
const ATTENDANCE_ORDERS = [
  { value: 'surname', label: 'By surname (titles such as Cllr and Dr left out of the sort)' },
  { value: 'as-recorded', label: 'As recorded in the meeting' },
  { value: 'by-role', label: 'Grouped: councillors, experts by experience and carers, partners, officers' },
] as const;
const EXEMPT_ORDERS = [
  { value: 'at-end', label: 'After all the public items, as Part II' },
  { value: 'as-taken', label: 'Where they are placed on the agenda, in the order taken' },
] as const;
const PART_NUMBERING_CHOICES = [
  { value: 'numbers', label: '(1), (2), (3)' },
  { value: 'roman', label: '(i), (ii), (iii)' },
  { value: 'letters', label: '(a), (b), (c)' },
] as const;
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
  onSubmit: (input: Input<'boards.create'>) => void;
  cancelHref: string;
}): ReactNode {
  const form = useClerkForm(boardFormSchema, initial);
  const { errors, errorFor, attempt } = useFormErrors(form, boardFieldId, {
    error: refusal,
    fieldForPath: boardFieldForPath,
    fallbackId: BOARD_FIELD_IDS.name,
  });
  const values = form.watch();

  return (
    <form className="form" onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} noValidate>
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">About the board</legend>
        <TextField
          id={BOARD_FIELD_IDS.name}
          label="Name"
          value={values.name}
          onChange={(v) => form.setValue('name', v)}
          error={errorFor(BOARD_FIELD_IDS.name)}
        />
        <TextField
          id={BOARD_FIELD_IDS.shortCode}
          label="Short code"
          hint="Used in minute and resolution references, for example HWB or ACPB."
          width="medium"
          value={values.shortCode}
          onChange={(v) => form.setValue('shortCode', v)}
          error={errorFor(BOARD_FIELD_IDS.shortCode)}
          spellCheck={false}
        />
        <SelectField id={BOARD_FIELD_IDS.kind} label="Kind of board" value={values.kind} choices={KINDS} onChange={(v) => form.setValue('kind', v)} />
        <TextField
          id={BOARD_FIELD_IDS.organisation}
          label="Organisation (optional)"
          hint="The council or partnership the board belongs to."
          value={values.organisation}
          onChange={(v) => form.setValue('organisation', v)}
          autoComplete="organization"
        />
        <TextField
          id={BOARD_FIELD_IDS.quorum}
          label="Quorum"
          hint="The fewest voting members who must be present for the meeting to make decisions."
          width="short"
          inputMode="numeric"
          value={values.quorum}
          onChange={(v) => form.setValue('quorum', v)}
          error={errorFor(BOARD_FIELD_IDS.quorum)}
        />
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">Clerk (optional)</legend>
        <TextField
          id={BOARD_FIELD_IDS.clerkName}
          label="Clerk’s name"
          value={values.clerkName}
          onChange={(v) => form.setValue('clerkName', v)}
          autoComplete="name"
        />
        <TextField
          id={BOARD_FIELD_IDS.clerkEmail}
          label="Clerk’s email address"
          type="email"
          value={values.clerkEmail}
          onChange={(v) => form.setValue('clerkEmail', v)}
          autoComplete="email"
          spellCheck={false}
        />
      </fieldset>

      <StandardItemsFieldset items={values.standardItems} errors={errors} onChange={(kind, next) => form.setValue(`standardItems.${kind}`, next)} />

      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">Numbering</legend>
        <p className="field__hint">
          Patterns may use {'{n}'} (the minute’s number; {'{n:03}'} gives it three digits, as 007), {'{code}'} (the short code), {'{year}'} (the
          municipal year, as 24/25; {'{year:long}'} gives 2024/25 and {'{year:compact}'} 2425), {'{yyyy}'} and {'{yy}'} (the year of the meeting, as
          2025 or 25), and for resolutions {'{minute}'} (the minute number) and {'{r}'} (the resolution’s place within its minute).
        </p>
        <TextField
          id={BOARD_FIELD_IDS.numberingTemplate}
          label="Minute numbers"
          hint="For example {n}. gives 23., {code}{year}/{n} gives HWB24/25/23 and GBP/{year:compact}/{n:03} gives GBP/2425/023."
          width="long"
          value={values.numberingTemplate}
          onChange={(v) => form.setValue('numberingTemplate', v)}
          error={errorFor(BOARD_FIELD_IDS.numberingTemplate)}
          spellCheck={false}
        />
        <SelectField
          label="Minute numbers start again at 1"
          value={values.numberingRestart}
          choices={RESTARTS}
          onChange={(v) => form.setValue('numberingRestart', v)}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Numbering before Minute Book (optional)</legend>
          <p className="field__hint">
            If the board numbered its minutes before, give the last number it used and the date of that meeting: the next minutes go on from it,
            unless the numbers start again at 1 in between.
          </p>
          <TextField
            id={BOARD_FIELD_IDS.carriedNumber}
            label="Last minute number"
            width="short"
            inputMode="numeric"
            value={values.carried.number}
            onChange={(v) => form.setValue('carried.number', v)}
            error={errorFor(BOARD_FIELD_IDS.carriedNumber)}
          />
          <TextField
            id={BOARD_FIELD_IDS.carriedDate}
            label="Date of that meeting"
            type="date"
            width="medium"
            value={values.carried.date}
            onChange={(v) => form.setValue('carried.date', v)}
            error={errorFor(BOARD_FIELD_IDS.carriedDate)}
          />
        </fieldset>
        <TextAreaField
          id={BOARD_FIELD_IDS.yearStarts}
          label="First minute number of a municipal year (optional)"
          hint="If the board’s numbers did not start at 1 in a year, or you are entering its past minutes part-way through a year: one year a line, the municipal year then its first minute number, as 2024/25 45."
          rows={2}
          value={values.yearStarts}
          onChange={(v) => form.setValue('yearStarts', v)}
          error={errorFor(BOARD_FIELD_IDS.yearStarts)}
        />
        {yearStartsOf(values.yearStarts).length > 0 ? (
          <ul className="quiet" data-testid="year-starts">
            {yearStartsOf(values.yearStarts).map((start) => (
              <li key={start.year}>{yearStartSentence(start)}</li>
            ))}
          </ul>
        ) : null}
        <TextField
          id={BOARD_FIELD_IDS.referenceTemplate}
          label="Resolution references"
          width="long"
          value={values.referenceTemplate}
          onChange={(v) => form.setValue('referenceTemplate', v)}
          error={errorFor(BOARD_FIELD_IDS.referenceTemplate)}
          spellCheck={false}
        />
        <SelectField
          label="Order of the attendance list in the minutes"
          hint="The chair and vice-chair come first in every order; people not named in public come last."
          value={values.attendanceOrder}
          choices={ATTENDANCE_ORDERS}
          onChange={(v) => form.setValue('attendanceOrder', v)}
        />
        <CheckboxField
          label="Print each item’s agenda number beside its minute number"
          hint="As in “68. Apologies (agenda item 1)”, where the minutes are numbered through the year."
          checked={values.printAgendaItemNumbers}
          onChange={(v) => form.setValue('printAgendaItemNumbers', v)}
        />
        <SelectField
          label="Where exempt items go in the agenda and minutes"
          value={values.exemptItemsOrder}
          choices={EXEMPT_ORDERS}
          onChange={(v) => form.setValue('exemptItemsOrder', v)}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">The municipal year starts on</legend>
          <div className="field-row">
            <TextField
              id={BOARD_FIELD_IDS.yearStartDay}
              label="Day"
              width="short"
              inputMode="numeric"
              value={values.yearStart.day}
              onChange={(v) => form.setValue('yearStart.day', v)}
              error={errorFor(BOARD_FIELD_IDS.yearStartDay)}
            />
            <SelectField label="Month" value={values.yearStart.month} choices={MONTHS} onChange={(v) => form.setValue('yearStart.month', v)} />
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="fieldset form-section">
        <legend className="fieldset__legend fieldset__legend--large">Decisions</legend>
        <SelectField
          id={BOARD_FIELD_IDS.decisionNumbering}
          label="Number the parts of a decision"
          hint="Parts within a part follow: (1) then (a) then (i). A decision keeps the numbering it was made with."
          value={values.decisionNumbering}
          choices={PART_NUMBERING_CHOICES}
          onChange={(v) => form.setValue('decisionNumbering', v)}
        />
        <TextAreaField
          id={BOARD_FIELD_IDS.decisionVerbs}
          label="The board’s own verbs (optional)"
          hint={`One a line, in capitals, such as NOT CARRIED. Decisions may always open with ${STANDARD_DECISION_VERBS.join(', ')}.`}
          rows={3}
          value={values.decisionVerbs}
          onChange={(v) => form.setValue('decisionVerbs', v)}
          error={errorFor(BOARD_FIELD_IDS.decisionVerbs)}
        />
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
