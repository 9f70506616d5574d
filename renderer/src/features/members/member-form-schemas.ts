import { z } from 'zod';
import { Id } from '../../../../shared/model/common';
import { membershipFieldId, membershipFormSchema } from './membership-form-schema';
import { personFieldId, personFormSchema, type PersonValues } from './person-form-schema';

/** Changing a member: the person and their place on the board, sent together as `members.update`. */
export const editMemberSchema = z.object({ person: personFormSchema, membership: membershipFormSchema });

/**
 * Adding a member: someone on file (`personId`), or someone new (`person`, checked only then), and their place on
 * the board. Its output names one or the other, as `members.add` takes them.
 */
export const addMemberSchema = z
  .object({ who: z.enum(['known', 'new']), personId: z.string(), person: z.custom<PersonValues>(), membership: membershipFormSchema })
  .superRefine((values, ctx) => {
    if (values.who === 'known') {
      if (!Id.safeParse(values.personId).success) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choose who is joining' });
      return;
    }
    for (const issue of personFormSchema.safeParse(values.person).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: ['person', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message });
    }
  })
  .transform(({ who, personId, person, membership }) =>
    who === 'known' ? { personId, membership } : { person: personFormSchema.parse(person), membership },
  );

export type AddMemberValues = z.input<typeof addMemberSchema>;

/** The field (its id starting with `prefix`) a problem at `path` in a member form is shown beside. */
export function memberFieldId(prefix: string, person: PersonValues, path: string): string | undefined {
  const [part = '', ...rest] = path.split('.');
  if (part === 'personId') return `${prefix}-person`;
  if (part === 'person') return personFieldId(prefix, person, rest.join('.'));
  if (part === 'membership') return membershipFieldId(prefix, rest.join('.'));
  return undefined;
}
