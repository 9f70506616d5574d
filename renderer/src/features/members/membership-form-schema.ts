import { z } from 'zod';
import { INPUTS } from '../../../../shared/api/inputs';
import type { MemberRole, Membership } from '../../../../shared/model/person';
import { optional, worded } from '../../components/form/form-rules';
import { votesByDefault } from './member-choices';

const { role, voting, termStart, termEnd } = INPUTS['members.update'].shape.patch.shape;

/**
 * A member's place on a board, from the contract's `members.add` and `members.update`: role, vote and a term that
 * starts on a real date and, if it ends, ends on or after its start.
 */
export const membershipFormSchema = z
  .object({
    role: role.unwrap(),
    voting: voting.unwrap(),
    /** Whether the clerk has set voting by hand: then a change of role leaves it alone. */
    votingTouched: z.boolean(),
    termStart: worded(termStart.unwrap(), 'Enter the date the membership starts'),
    termEnd: optional(worded(termEnd.unwrap().unwrap(), 'Enter the date the membership ends, or leave it blank')),
  })
  .superRefine((values, ctx) => {
    const start = termStart.unwrap().safeParse(values.termStart);
    const end = termEnd.unwrap().unwrap().safeParse(values.termEnd);
    if (start.success && end.success && end.data < start.data)
      ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'The membership cannot end before it starts' });
  });

export type MembershipValues = z.input<typeof membershipFormSchema>;

export const newMembershipValues = (today: string): MembershipValues => ({
  role: 'member',
  voting: true,
  votingTouched: false,
  termStart: today,
  termEnd: '',
});

export const membershipValues = (m: Membership): MembershipValues => ({
  role: m.role,
  voting: m.voting,
  votingTouched: true,
  termStart: m.termStart,
  termEnd: m.termEnd ?? '',
});

export function withRole(values: MembershipValues, next: MemberRole): MembershipValues {
  return { ...values, role: next, voting: values.votingTouched ? values.voting : votesByDefault(next) };
}

/** The field (its id starting with `prefix`) a problem at `path` within the membership is shown beside. */
export function membershipFieldId(prefix: string, path: string): string | undefined {
  const field = path.split('.')[0];
  return field === 'termStart'
    ? `${prefix}-term-start`
    : field === 'termEnd'
      ? `${prefix}-term-end`
      : field === 'role'
        ? `${prefix}-role`
        : undefined;
}
