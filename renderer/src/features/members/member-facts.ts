import type { MemberView } from '../../../../shared/api/views';
import { accessNeedLabel, formatShortDate, memberRoleLabel, needsOf, personKindLabel, trainingSummary } from '../../../../shared/domain';
import type { Fact } from '../../components/FactList';

export function termWords(membership: MemberView['membership']): string {
  return membership.termEnd === undefined
    ? `From ${formatShortDate(membership.termStart)}`
    : `${formatShortDate(membership.termStart)} to ${formatShortDate(membership.termEnd)}`;
}

/** What a clerk checks about a member, in the same order for every member. */
export function memberFacts({ membership, person }: MemberView): readonly Fact[] {
  return [
    { term: 'Role', detail: memberRoleLabel(membership.role) },
    { term: 'Votes', detail: membership.voting ? 'Yes' : 'No' },
    { term: 'Kind', detail: personKindLabel(person.kind) },
    { term: 'Organisation', detail: person.organisation },
    { term: 'Initials', detail: person.initials },
    { term: 'Job title', detail: person.jobTitle },
    { term: 'Term', detail: termWords(membership) },
    { term: 'Training', detail: trainingSummary(person.training) },
    {
      term: 'Access needs',
      detail: needsOf(person)
        .map(({ need }) => accessNeedLabel(need))
        .join(', '),
    },
    {
      term: 'In public documents',
      detail: person.consentToBeNamed ? person.publicName : `Not named: shown as ${memberRoleLabel(membership.role).toLowerCase()}`,
    },
  ];
}
