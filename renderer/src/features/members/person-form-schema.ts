import { z } from 'zod';
import type { Input } from '../../../../shared/api/contract';
import { PersonFields } from '../../../../shared/api/inputs';
import { AccessNeedKind } from '../../../../shared/model/access';
import type { Person } from '../../../../shared/model/person';
import { optional, worded } from '../../components/form/form-rules';
import { clearable } from '../../components/form/patch-fields';
import { accessNeedsSchema, accessNeedValues, needDetailFieldId } from './access-needs-schema';
import { trainingFieldId, trainingSchema, trainingValues } from './training-schema';

const { name, publicName, kind, organisation, initials, jobTitle, email } = PersonFields.shape;

/**
 * A person as the member forms hold them, from the contract's PersonFields, with their access needs and training;
 * its output is the `people.create` input, blank details left out and a blank public name as the full name.
 */
export const personFormSchema = z
  .object({
    name: worded(name, 'Enter the person’s full name'),
    publicName: optional(worded(publicName.unwrap(), 'Keep the name in public documents to 200 characters')),
    kind,
    organisation: optional(worded(organisation.unwrap(), 'Keep the organisation to 200 characters')),
    initials: optional(initials.unwrap()),
    jobTitle: optional(worded(jobTitle.unwrap(), 'Keep the job title to 200 characters')),
    email: optional(
      worded(
        z
          .string()
          .trim()
          .regex(/^[^\s@]+@[^\s@]+$/)
          .pipe(email.unwrap()),
        'Enter an email address like name@example.org, or leave it blank',
      ),
    ),
    consentToBeNamed: z.boolean(),
    accessNeeds: accessNeedsSchema,
    training: trainingSchema,
  })
  .transform((values): Input<'people.create'> => ({
    name: values.name,
    // A blank public name means "as the full name", which the backend also assumes for a new person.
    publicName: values.publicName ?? values.name,
    kind: values.kind,
    ...(values.organisation === undefined ? {} : { organisation: values.organisation }),
    ...(values.initials === undefined ? {} : { initials: values.initials }),
    ...(values.jobTitle === undefined ? {} : { jobTitle: values.jobTitle }),
    ...(values.email === undefined ? {} : { email: values.email }),
    consentToBeNamed: values.consentToBeNamed,
    accessNeeds: values.accessNeeds,
    training: values.training,
  }));

export type PersonValues = z.input<typeof personFormSchema>;

export const newPersonValues = (): PersonValues => ({
  name: '',
  publicName: '',
  kind: 'councillor',
  organisation: '',
  initials: '',
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
  initials: person.initials ?? '',
  jobTitle: person.jobTitle ?? '',
  email: person.email ?? '',
  consentToBeNamed: person.consentToBeNamed,
  accessNeeds: accessNeedValues(person.accessNeeds),
  training: trainingValues(person.training),
});

/** The person as a patch of `before`: an organisation, initials, job title or email the clerk emptied is sent as null, clearing it. */
export function personPatch(input: Input<'people.create'>, before: Person): Input<'people.update'>['patch'] {
  const { organisation: org, initials: ini, jobTitle: job, email: mail, ...rest } = input;
  return {
    ...rest,
    ...clearable('organisation', org, before.organisation),
    ...clearable('initials', ini, before.initials),
    ...clearable('jobTitle', job, before.jobTitle),
    ...clearable('email', mail, before.email),
  };
}

/** The field (its id starting with `prefix`) a problem at `path` within the person's values is shown beside. */
export function personFieldId(prefix: string, values: PersonValues, path: string): string | undefined {
  const [field, part, detail] = path.split('.');
  const need = AccessNeedKind.safeParse(part);
  if (field === 'accessNeeds') return need.success ? needDetailFieldId(prefix, need.data) : undefined;
  if (field === 'training') {
    const row = values.training[Number(part)];
    return row === undefined ? undefined : trainingFieldId(prefix, row, detail === 'course' ? 'course' : 'date');
  }
  if (field === 'publicName') return `${prefix}-public-name`;
  return field === 'name' || field === 'email' || field === 'organisation' || field === 'kind' || field === 'initials'
    ? `${prefix}-${field}`
    : field === 'jobTitle'
      ? `${prefix}-job-title`
      : undefined;
}
