import type { Input } from '../../../../shared/api/contract';
import type { Person, PersonKind } from '../../../../shared/model/person';
import type { FieldError } from '../../components/form/field-error';

export type PersonValues = {
  readonly name: string;
  readonly publicName: string;
  readonly kind: PersonKind;
  readonly organisation: string;
  readonly jobTitle: string;
  readonly email: string;
  readonly consentToBeNamed: boolean;
};

export const newPersonValues = (): PersonValues => ({
  name: '',
  publicName: '',
  kind: 'councillor',
  organisation: '',
  jobTitle: '',
  email: '',
  consentToBeNamed: true,
});

export const personValues = (person: Person): PersonValues => ({
  name: person.name,
  publicName: person.publicName === person.name ? '' : person.publicName,
  kind: person.kind,
  organisation: person.organisation ?? '',
  jobTitle: person.jobTitle ?? '',
  email: person.email ?? '',
  consentToBeNamed: person.consentToBeNamed,
});

export function personErrors(values: PersonValues, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  if (values.name.trim() === '') errors.push({ fieldId: `${prefix}-name`, message: 'Enter the person’s full name' });
  const email = values.email.trim();
  if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    errors.push({ fieldId: `${prefix}-email`, message: 'Enter an email address like name@example.org, or leave it blank' });
  }
  return errors;
}

export function personInput(values: PersonValues): Input<'people.create'> {
  const name = values.name.trim();
  return {
    name,
    // A blank public name means "as the full name", which the backend also assumes for a new person.
    publicName: values.publicName.trim() === '' ? name : values.publicName.trim(),
    kind: values.kind,
    organisation: values.organisation.trim(),
    jobTitle: values.jobTitle.trim(),
    email: values.email.trim(),
    consentToBeNamed: values.consentToBeNamed,
  };
}
