import type { MemberView } from '../../../../shared/api/views';
import type { MemberRole } from '../../../../shared/model/person';

export type Signer = { readonly personId: string; readonly label: string; readonly signatureName: string };

const CHAIRS: readonly MemberRole[] = ['chair', 'co-chair', 'vice-chair'];

/**
 * Who may sign: the chairs first (the chair usually signs), then the other voting members, for a meeting chaired
 * by someone else on the day. The signature prints the name as the person appears in public documents.
 */
export function signersFrom(members: readonly MemberView[]): Signer[] {
  const rank = (m: MemberView): number => {
    const at = CHAIRS.indexOf(m.membership.role);
    return at === -1 ? CHAIRS.length : at;
  };
  return members
    .filter((m) => m.membership.voting || CHAIRS.includes(m.membership.role))
    .toSorted((a, b) => rank(a) - rank(b) || a.person.name.localeCompare(b.person.name, 'en-GB'))
    .map((m) => ({
      personId: m.person.id,
      label: CHAIRS.includes(m.membership.role) ? `${m.person.publicName} (${roleName(m.membership.role)})` : m.person.publicName,
      signatureName: m.person.publicName,
    }));
}

const roleName = (role: MemberRole): string => (role === 'co-chair' ? 'co-chair' : role === 'vice-chair' ? 'vice-chair' : 'chair');
