import { describe, expect, it } from 'vitest';
import { pastApprovalFieldId, pastApprovalSchema, SOMEONE_ELSE } from '../../../../renderer/src/features/approval/past-approval-schema';

const chair = { personId: 'p1', label: 'Cllr Ruth Adebayo (chair)', signatureName: 'Cllr Ruth Adebayo' };
const schema = pastApprovalSchema([chair], '2024-09-12', '2025-06-01');
const blank = { signerId: '', signerName: '', signedOn: '', atMeetingOn: '', confirmed: false };

describe('recording a past approval and signature, as minutes.recordPastApproval takes it', () => {
  it('signs as a member on the day, or as a name typed, with the approving meeting’s day if given', () => {
    expect(schema.parse({ ...blank, signerId: 'p1', signedOn: '2024-10-17', atMeetingOn: '2024-10-17', confirmed: true })).toEqual({
      signature: { name: 'Cllr Ruth Adebayo', personId: 'p1', signedOn: '2024-10-17' },
      atMeetingOn: '2024-10-17',
    });
    expect(schema.parse({ ...blank, signerId: SOMEONE_ELSE, signerName: ' Jo Bloggs ', signedOn: '2024-10-17', confirmed: true })).toEqual({
      signature: { name: 'Jo Bloggs', signedOn: '2024-10-17' },
    });
    // With nobody on the board that day, the name is typed.
    expect(
      pastApprovalSchema([], '2024-09-12', '2025-06-01').parse({ ...blank, signerName: 'Jo Bloggs', signedOn: '2024-10-17', confirmed: true }),
    ).toEqual({
      signature: { name: 'Jo Bloggs', signedOn: '2024-10-17' },
    });
  });

  it('names every problem at once, beside its field, in the clerk’s words', () => {
    const problems = (values: typeof blank): string[][] =>
      (schema.safeParse(values).error?.issues ?? []).map((i) => [pastApprovalFieldId(i.path.join('.')) ?? '', i.message]);
    expect(problems(blank)).toEqual([
      ['past-approval-signer', 'Choose who signed the minutes'],
      ['past-approval-signed-on', 'Enter the date the minutes were signed'],
      ['past-approval-confirm', 'Confirm that the minutes were approved and signed'],
    ]);
    expect(problems({ ...blank, signerId: 'p1', signedOn: '2024-09-11', atMeetingOn: '2024-09-12', confirmed: true })).toEqual([
      ['past-approval-signed-on', 'The minutes cannot be signed before the meeting on Thursday 12 September 2024'],
      ['past-approval-at-meeting-on', 'The approving meeting must be after Thursday 12 September 2024'],
    ]);
    expect(problems({ ...blank, signerId: 'p1', signedOn: '2024-10-16', atMeetingOn: '2024-10-17', confirmed: true })).toEqual([
      ['past-approval-signed-on', 'The minutes are signed on or after the day of the meeting that approved them'],
    ]);
    expect(problems({ ...blank, signerId: 'p1', signedOn: '2025-06-02', confirmed: true })).toEqual([
      ['past-approval-signed-on', 'The date signed cannot be after today'],
    ]);
    expect(pastApprovalFieldId('signature.signedOn')).toBe('past-approval-signed-on');
    expect(pastApprovalFieldId('signature.personId')).toBe('past-approval-signer');
  });
});
