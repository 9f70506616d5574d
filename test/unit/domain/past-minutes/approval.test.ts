import { describe, expect, it } from 'vitest';
import { approvalIn } from '../../../../shared/domain/past-minutes/approval';
import { paras } from '../../../support/past-minutes/units';

describe('the signature block', () => {
  it('reads who signed and when', () => {
    expect(approvalIn(paras('The meeting closed at 4.05 pm.', 'Signed: Councillor A Lee, Chair', 'Date: 9 April 2015'))).toEqual({
      signedBy: 'Councillor A Lee',
      signedOn: '2015-04-09',
    });
  });

  it('reads a blank signature line as signed by the Chair, with no date', () => {
    expect(approvalIn(paras('Signed ……………………… Chairman    Date ………………'))).toEqual({ signedBy: 'Chair' });
    expect(approvalIn(paras('Chair: ………………………', 'Date: ………………………'))).toEqual({ signedBy: 'Chair' });
  });

  it('finds nothing where there is no signature block', () => {
    expect(approvalIn(paras('RESOLVED: That the report be noted.'))).toBeUndefined();
  });
});
