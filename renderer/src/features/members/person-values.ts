import type { Input } from '../../../../shared/api/contract';
import type { Person, PersonKind } from '../../../../shared/model/person';
import type { FieldError } from '../../components/form/field-error';
import { clearable, filled } from '../../components/form/patch-fields';
import { accessNeedErrors, accessNeedsInput, accessNeedValues, type AccessNeedValues } from './access-need-values';
import { trainingErrors, trainingInput, trainingValues, type TrainingRow } from './training-values';

export type PersonValues = {
  readonly name: string;
  readonly publicName: string;
  readonly kind: PersonKind;
  readonly organisation: string;
  readonly jobTitle: string;
  readonly email: string;
  readonly consentToBeNamed: boolean;
  readonly accessNeeds: AccessNeedValues;
  readonly training: readonly TrainingRow[];
};

export const newPersonValues = (): PersonValues => ({
  name: '',
  publicName: '',
  kind: 'councillor',
  organisation: '',
  jobTitle: '',
  email: '',
  consentToBeNamed: true,
  accessNeeds: {},
  training: [],
});

export const personValues = (person: Person): PersonValues => ({
  name: person.name,
  publicName: person.publicName === person.name ? '' : person.publicName,
  kind: person.kind,
  organisation: person.organisation ?? '',
  jobTitle: person.jobTitle ?? '',
  email: person.email ?? '',
  consentToBeNamed: person.consentToBeNamed,
  accessNeeds: accessNeedValues(person.accessNeeds),
  training: trainingValues(person.training),
});

export function personErrors(values: PersonValues, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  if (values.name.trim() === '') errors.push({ fieldId: `${prefix}-name`, message: 'Enter the person’s full name' });
  const email = values.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    errors.push({ fieldId: `${prefix}-email`, message: 'Enter an email address like name@example.org, or leave it blank' });
  }
  return [...errors, ...accessNeedErrors(values.accessNeeds, prefix), ...trainingErrors(values.training, prefix)];
}

/** The form as a new person; blank details are left out. */
export function personInput(values: PersonValues): Input<'people.create'> {
  const name = values.name.trim();
  const organisation = filled(values.organisation);
  const jobTitle = filled(values.jobTitle);
  const email = filled(values.email);
  return {
    name,
    // A blank public name means "as the full name", which the backend also assumes for a new person.
    publicName: filled(values.publicName) ?? name,
    kind: values.kind,
    ...(organisation === undefined ? {} : { organisation }),
    ...(jobTitle === undefined ? {} : { jobTitle }),
    ...(email === undefined ? {} : { email }),
    consentToBeNamed: values.consentToBeNamed,
    accessNeeds: accessNeedsInput(values.accessNeeds),
    training: trainingInput(values.training),
  };
}

/** The form as a patch of `before`: an organisation, job title or email the clerk emptied is sent as null, clearing it. */
export function personPatch(values: PersonValues, before: Person): Input<'people.update'>['patch'] {
  const { organisation, jobTitle, email, ...rest } = personInput(values);
  return {
    ...rest,
    ...clearable('organisation', organisation, before.organisation),
    ...clearable('jobTitle', jobTitle, before.jobTitle),
    ...clearable('email', email, before.email),
  };
}
