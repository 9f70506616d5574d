import type { ReactNode } from 'react';
import { CheckboxField } from '../../components/form/CheckboxField';
import type { FieldError } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { AccessNeedsFieldset } from './AccessNeedsFieldset';
import { KIND_CHOICES } from './member-choices';
import type { PersonValues } from './person-form-schema';
import { TrainingFieldset } from './TrainingFieldset';

/** Who the person is and how public documents name them. Field ids start with `prefix`. */
export function PersonFieldset({
  legend,
  values,
  errors,
  prefix,
  onChange,
}: {
  legend: string;
  values: PersonValues;
  errors: readonly FieldError[];
  prefix: string;
  onChange: (next: PersonValues) => void;
}): ReactNode {
  const set = <K extends keyof PersonValues>(key: K, value: PersonValues[K]): void => onChange({ ...values, [key]: value });
  const errorById = (fieldId: string): string | undefined => errors.find((e) => e.fieldId === fieldId)?.message;
  const errorFor = (field: string): string | undefined => errorById(`${prefix}-${field}`);
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <TextField id={`${prefix}-name`} label="Full name" value={values.name} onChange={(v) => set('name', v)} error={errorFor('name')} />
      <TextField
        id={`${prefix}-public-name`}
        label="Name in public documents (optional)"
        hint="For example “Cllr Asha Patel”. Leave blank to use the full name."
        value={values.publicName}
        onChange={(v) => set('publicName', v)}
        error={errorFor('public-name')}
      />
      <CheckboxField
        id={`${prefix}-consent`}
        label="Agrees to be named in public documents"
        hint="Without consent, public minutes name the person by their role only, such as “an expert by experience”."
        checked={values.consentToBeNamed}
        onChange={(v) => set('consentToBeNamed', v)}
      />
      <SelectField id={`${prefix}-kind`} label="Kind of member" value={values.kind} choices={KIND_CHOICES} onChange={(v) => set('kind', v)} />
      <TextField
        id={`${prefix}-organisation`}
        label="Organisation (optional)"
        value={values.organisation}
        onChange={(v) => set('organisation', v)}
        error={errorFor('organisation')}
      />
      <TextField
        id={`${prefix}-initials`}
        label="Initials (optional)"
        hint="As the minutes print them beside the name and against actions, such as AP."
        value={values.initials}
        onChange={(v) => set('initials', v)}
        error={errorFor('initials')}
        spellCheck={false}
      />
      <TextField
        id={`${prefix}-job-title`}
        label="Job title (optional)"
        value={values.jobTitle}
        onChange={(v) => set('jobTitle', v)}
        error={errorFor('job-title')}
      />
      <TextField
        id={`${prefix}-email`}
        label="Email address (optional)"
        type="email"
        value={values.email}
        onChange={(v) => set('email', v)}
        error={errorFor('email')}
        spellCheck={false}
      />
      <AccessNeedsFieldset values={values.accessNeeds} prefix={prefix} errorFor={errorById} onChange={(v) => set('accessNeeds', v)} />
      <TrainingFieldset rows={values.training} prefix={prefix} errorFor={errorById} onChange={(v) => set('training', [...v])} />
    </fieldset>
  );
}
