import type { ReactNode } from 'react';
import { formatLongDate, parseIsoDate } from '../../../../shared/domain';
import { CheckboxField } from '../../components/form/CheckboxField';
import type { FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { ROLE_CHOICES } from './member-choices';
import { withRole, type MembershipValues } from './membership-form-schema';

const dateHint = (iso: string, otherwise: string): string => (parseIsoDate(iso) ? formatLongDate(iso) : otherwise);

/** The member's place on the board: role, vote and term. Field ids start with `prefix`. */
export function MembershipFieldset({
  values,
  errors,
  prefix,
  onChange,
}: {
  values: MembershipValues;
  errors: readonly FieldError[];
  prefix: string;
  onChange: (next: MembershipValues) => void;
}): ReactNode {
  const errorFor = (field: string): string | undefined => errors.find((e) => e.fieldId === `${prefix}-${field}`)?.message;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Place on the board</legend>
      <SelectField
        id={`${prefix}-role`}
        label="Role"
        value={values.role}
        choices={ROLE_CHOICES}
        onChange={(role) => onChange(withRole(values, role))}
      />
      <CheckboxField
        id={`${prefix}-voting`}
        label="Can vote"
        hint="Observers and officers in attendance usually do not vote."
        checked={values.voting}
        onChange={(voting) => onChange({ ...values, voting, votingTouched: true })}
      />
      <div className="field-row">
        <TextField
          id={`${prefix}-term-start`}
          label="Member from"
          type="date"
          width="medium"
          value={values.termStart}
          onChange={(termStart) => onChange({ ...values, termStart })}
          hint={dateHint(values.termStart, 'The first day of the term.')}
          error={errorFor('term-start')}
        />
        <TextField
          id={`${prefix}-term-end`}
          label="Member until (optional)"
          type="date"
          width="medium"
          value={values.termEnd}
          onChange={(termEnd) => onChange({ ...values, termEnd })}
          hint={dateHint(values.termEnd, 'Leave blank if the term has no set end.')}
          error={errorFor('term-end')}
        />
      </div>
    </fieldset>
  );
}
