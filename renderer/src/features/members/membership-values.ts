import { parseIsoDate } from '../../../../shared/domain';
import type { MemberRole, Membership } from '../../../../shared/model/person';
import type { FieldError } from '../../components/form/field-error';
import { votesByDefault } from './member-choices';

export type MembershipValues = {
  readonly role: MemberRole;
  readonly voting: boolean;
  /** Whether the clerk has set voting by hand: then a change of role leaves it alone. */
  readonly votingTouched: boolean;
  readonly termStart: string;
  readonly termEnd: string;
};

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

export function withRole(values: MembershipValues, role: MemberRole): MembershipValues {
  return { ...values, role, voting: values.votingTouched ? values.voting : votesByDefault(role) };
}

export function membershipErrors(values: MembershipValues, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  if (parseIsoDate(values.termStart) === null) errors.push({ fieldId: `${prefix}-term-start`, message: 'Enter the date the membership starts' });
  if (values.termEnd !== '') {
    if (parseIsoDate(values.termEnd) === null) errors.push({ fieldId: `${prefix}-term-end`, message: 'Enter the date the membership ends, or leave it blank' });
    else if (values.termEnd < values.termStart) errors.push({ fieldId: `${prefix}-term-end`, message: 'The membership cannot end before it starts' });
  }
  return errors;
}
