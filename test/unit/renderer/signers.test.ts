import { describe, expect, it } from 'vitest';
import type { MemberView } from '../../../shared/api/views';
import type { MemberRole } from '../../../shared/model/person';
import { signersFrom } from '../../../renderer/src/features/approval/signers';

const T = '2025-01-01T00:00:00.000Z';
const member = (name: string, publicName: string, role: MemberRole, voting: boolean): MemberView => ({
  person: { id: name, name, publicName, consentToBeNamed: true, kind: 'councillor', accessNeeds: [], training: [], createdAt: T, updatedAt: T },
  membership: { id: `m-${name}`, boardId: 'b1', personId: name, role, voting, termStart: '2024-05-01', createdAt: T, updatedAt: T },
  current: true,
});

describe('who may sign the minutes', () => {
  it('offers the chairs first, then the voting members, by the names the minutes print', () => {
    const signers = signersFrom([
      member('Zoe Adams', 'Cllr Zoe Adams', 'member', true),
      member('Dev Sharma', 'Dev Sharma', 'co-chair', true),
      member('Amina Okafor', 'Cllr Amina Okafor', 'chair', true),
      member('Helen Carter', 'Helen Carter', 'officer-in-attendance', false),
    ]);
    expect(signers.map((s) => s.label)).toEqual(['Cllr Amina Okafor (chair)', 'Dev Sharma (co-chair)', 'Cllr Zoe Adams']);
    expect(signers[0]).toMatchObject({ personId: 'Amina Okafor', signatureName: 'Cllr Amina Okafor' });
  });
});
