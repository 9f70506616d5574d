import { memberRoleLabel, personKindLabel } from '../../../../shared/domain';
import { MEMBER_ROLES, PERSON_KINDS, type MemberRole } from '../../../../shared/model/person';

export const ROLE_CHOICES = MEMBER_ROLES.map((role) => ({ value: role, label: memberRoleLabel(role) }));
export const KIND_CHOICES = PERSON_KINDS.map((kind) => ({ value: kind, label: personKindLabel(kind) }));

/** Observers and officers in attendance do not vote unless the clerk says otherwise (as the backend assumes). */
export const votesByDefault = (role: MemberRole): boolean => role !== 'observer' && role !== 'officer-in-attendance';
